import type { Column } from './columns';

/**
 * How an exportable list is turned into rows. A cursor-paged list (the default) is read page
 * after page by calling its own handler again with `cursor` = the previous page's `nextCursor`
 * and the largest page size; a single answer (a summary, one provider's agreements) is one page.
 */
export interface ExportSpec<Page, Row> {
  /**
   * File name stem in Indonesian, e.g. `tindak-lanjut-terlambat`: the date and extension follow.
   * A function of the path parameters names one provider's files after it (`riwayat-kepatuhan-64.09`).
   */
  file: string | ((params: Record<string, string>) => string);
  /** Sheet name (≤ 31 characters). */
  sheet: string;
  columns: readonly Column<Row>[];
  /** The rows of one page (default: `page.items`). */
  rows?: (page: Page) => readonly Row[];
  /** Paging, or null for a route that answers in one piece. Default: `cursor`/`nextCursor`, `limit` up to 500. */
  paging?: PagingSpec<Page> | null;
}

export interface PagingSpec<Page> {
  /** Query parameter the next page's position goes in. */
  cursorParam: string;
  /** Where the next page starts, null on the last page. */
  next: (page: Page) => string | null;
  limitParam: string;
  /** The route's largest page size, used when the request names none. */
  maxLimit: number;
}

export const CURSOR_PAGING: PagingSpec<{ nextCursor?: string | null }> = {
  cursorParam: 'cursor',
  next: (page) => page.nextCursor ?? null,
  limitParam: 'limit',
  maxLimit: 500,
};

/** Declares a list's export beside its controller (`<list>.columns.ts`); the types tie columns to the page's items. */
export const exportSpec = <Page, Row>(spec: ExportSpec<Page, Row>): ExportSpec<Page, Row> => spec;

export const itemsOf = (page: unknown): readonly unknown[] => {
  const items = (page as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : [];
};

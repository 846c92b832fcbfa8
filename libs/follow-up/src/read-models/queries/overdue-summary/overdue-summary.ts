import { NATIONAL, type ReadScope, type ReadSource } from '@app/platform/read-query';
import { overdueQueue } from '../../follow-up-queues';

export interface OverdueSummaryParams {
  province?: string;
  kind?: string;
}

export interface OverdueCount {
  /** Two-digit province code, or `national` for ministries and agencies. */
  province: string;
  overdue: number;
}

export interface OverdueSummary {
  at: string;
  total: number;
  /** Most overdue items first, then by code. */
  provinces: OverdueCount[];
}

/** A page as large as a queue page may be: the summary walks the whole queue in as few reads as it can. */
const PAGE = 500;

/**
 * Overdue items counted by province, within the reader's scope. It walks the overdue queue itself,
 * so a count always agrees with the list an officer opens from it (same scope, same overdue rule).
 */
export async function overdueSummary(source: ReadSource, scope: ReadScope, params: OverdueSummaryParams): Promise<OverdueSummary> {
  const counts = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await overdueQueue(source, scope, { ...params, cursor, limit: PAGE });
    for (const item of page.items) {
      const province = item.provinceCode ?? NATIONAL;
      counts.set(province, (counts.get(province) ?? 0) + 1);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  const provinces = [...counts].map(([province, overdue]) => ({ province, overdue })).sort((a, b) => b.overdue - a.overdue || a.province.localeCompare(b.province));
  return { at: source.now.toISOString(), total: provinces.reduce((sum, p) => sum + p.overdue, 0), provinces };
}

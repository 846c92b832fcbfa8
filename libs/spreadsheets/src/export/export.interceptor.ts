import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, Observable } from 'rxjs';
import { CLOCK, type Clock } from '@app/platform/clock';
import { ProblemException, type HeaderReply } from '@app/platform/http';
import { CURSOR_PAGING, itemsOf, type ExportSpec, type PagingSpec } from './export-spec';
import { DEFAULT_MAX_ROWS, EXPORT_LIMITS, type ExportLimits } from './export-limits';
import { attachment, exportFileName } from './file-name';
import { CSV_TYPE, EXTENSIONS, JSON_TYPE, XLSX_TYPE } from './media-types';
import { notAcceptable, preferredType } from './negotiate';
import { writeCsv, writeXlsx, anySheet } from './sheet-writers';
import { spooled } from './spooled-file';

export const EXPORT_SPEC = Symbol('ExportSpec');

/** JSON first: a client that does not ask for a spreadsheet gets what it always got. */
export const EXPORT_OFFERS = [JSON_TYPE, CSV_TYPE, XLSX_TYPE] as const;

interface ExportRequest {
  headers: Record<string, string | string[] | undefined>;
  query: unknown;
  params?: unknown;
}

type Query = Record<string, unknown>;

/** 413: the result is larger than one export may be; the problem names the cap and how to narrow it. */
export const tooManyRows = (maxRows: number): ProblemException =>
  new ProblemException({
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: 'ExportTooLarge',
    detail: `This export would hold more than ${maxRows} rows, the most one export may hold; narrow it with the list's filters`,
    errors: [{ field: 'header.accept', message: `more than ${maxRows} rows`, allowed: `at most ${maxRows} rows per export` }],
    extensions: { maxRows },
  });

/**
 * Content negotiation for exportable lists. JSON passes through untouched. For CSV or XLSX the
 * interceptor calls the route's own handler again for each page — same actor (guards ran once),
 * same filters and read options, only the cursor and page size changed in the query — so every
 * row is exactly what the JSON pages would show, under the same scope checks. Rows go to a spooled
 * file as they arrive (bounded memory), at most `maxRows` of them.
 */
@Injectable()
export class ExportInterceptor implements NestInterceptor {
  private readonly maxRows: number;

  constructor(
    private readonly reflector: Reflector,
    // Optional so that a controller mounted without the spreadsheets module (a test slice) still builds.
    @Optional() @Inject(CLOCK) private readonly clock?: Clock,
    @Optional() @Inject(EXPORT_LIMITS) limits?: ExportLimits,
  ) {
    this.maxRows = limits?.maxRows ?? DEFAULT_MAX_ROWS;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<ExportSpec<unknown, unknown> | undefined>(EXPORT_SPEC, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<ExportRequest>();
    http.getResponse<HeaderReply>().header('Vary', 'Accept');
    const type = preferredType(request.headers.accept, EXPORT_OFFERS);
    if (type === undefined) throw notAcceptable(request.headers.accept, EXPORT_OFFERS);
    if (type === JSON_TYPE || spec === undefined) return next.handle();
    const stem = typeof spec.file === 'string' ? spec.file : spec.file((request.params ?? {}) as Record<string, string>);
    const fileName = exportFileName(stem, this.clock?.now() ?? new Date(), EXTENSIONS[type]);
    const sheet = { name: spec.sheet, columns: spec.columns, rows: this.rows(spec, request, next) };
    return from(
      spooled((path) => (type === CSV_TYPE ? writeCsv(path, sheet) : writeXlsx(path, [anySheet(sheet)])), {
        type: type === CSV_TYPE ? `${CSV_TYPE}; charset=utf-8` : type,
        disposition: attachment(fileName),
      }),
    );
  }

  /** Every row of every page, in the list's order; throws past the cap. */
  private async *rows(spec: ExportSpec<unknown, unknown>, request: ExportRequest, next: CallHandler): AsyncGenerator<unknown> {
    const original = (request.query ?? {}) as Query;
    const paging = (spec.paging === undefined ? CURSOR_PAGING : spec.paging) as PagingSpec<unknown> | null;
    const rowsOf = spec.rows ?? itemsOf;
    const seen = new Set<string>();
    let cursor = paging ? original[paging.cursorParam] : undefined;
    let count = 0;
    try {
      for (;;) {
        if (paging) request.query = pageQuery(original, paging, cursor);
        const page: unknown = await lastValueFrom(next.handle());
        for (const row of rowsOf(page)) {
          count += 1;
          if (count > this.maxRows) throw tooManyRows(this.maxRows);
          yield row;
        }
        const after = paging?.next(page) ?? null;
        // A cursor seen before would loop forever: a list whose cursor does not advance has ended.
        if (after === null || seen.has(after)) return;
        seen.add(after);
        cursor = after;
      }
    } finally {
      request.query = original;
    }
  }
}

/** The request's own query with the page's cursor and, unless the request chose one, the largest page size. */
function pageQuery(original: Query, paging: PagingSpec<unknown>, cursor: unknown): Query {
  const query: Query = { ...original, [paging.limitParam]: original[paging.limitParam] ?? String(paging.maxLimit) };
  if (cursor === undefined || cursor === null || cursor === '') delete query[paging.cursorParam];
  else query[paging.cursorParam] = cursor;
  return query;
}

import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { StreamableFile } from '@nestjs/common';
import { lastValueFrom, of, type Observable } from 'rxjs';
import { buffer } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { ManualClock } from '@app/platform/clock';
import { ProblemException } from '@app/platform/http';
import { textColumn } from './columns';
import { exportSpec, type ExportSpec } from './export-spec';
import { EXPORT_SPEC, ExportInterceptor } from './export.interceptor';

interface Page {
  items: Array<{ code: string }>;
  nextCursor: string | null;
}

const SPEC = exportSpec<Page, { code: string }>({ file: 'penyelenggara', sheet: 'Penyelenggara', columns: [textColumn('Kode', (p) => p.code)] });

/** A route whose handler answers from `pages` by the cursor in the request's query, recording each query it saw. */
function route(pages: Record<string, Page>, query: Record<string, unknown>, accept = 'text/csv', spec: ExportSpec<Page, { code: string }> = SPEC) {
  const request = { headers: { accept }, query, params: { code: '64.01' } };
  const headers: Record<string, string> = {};
  const seen: Array<Record<string, unknown>> = [];
  const handler = () => {
    function handle(): Observable<unknown> {
      const q = request.query as Record<string, unknown>;
      seen.push({ ...q });
      return of(pages[String(q.cursor ?? '')]);
    }
    return handle;
  };
  const context = {
    getHandler: () => handler,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({ header: (name: string, value: string) => (headers[name] = value) }) }),
  } as unknown as ExecutionContext;
  const reflector = { get: (key: unknown) => (key === EXPORT_SPEC ? spec : undefined) } as unknown as Reflector;
  const next: CallHandler = { handle: handler() };
  const interceptor = new ExportInterceptor(reflector, new ManualClock(new Date('2026-11-22T03:00:00Z')), { maxRows: 5 });
  return { run: () => lastValueFrom(interceptor.intercept(context, next)), request, seen, headers };
}

const csvOf = async (result: unknown) => (await buffer((result as StreamableFile).getStream() as Readable)).toString('utf8');

describe('ExportInterceptor', () => {
  const pages: Record<string, Page> = {
    '': { items: [{ code: '64' }, { code: '64.01' }], nextCursor: 'a' },
    a: { items: [{ code: '64.09' }], nextCursor: null },
  };

  it('follows nextCursor with the largest page size, keeping every other parameter, and restores the query', async () => {
    const original = { province: '64', minPosition: '42' };
    const { run, request, seen, headers } = route(pages, original);
    expect(await csvOf(await run())).toBe('\ufeffKode\r\n64\r\n64.01\r\n64.09\r\n');
    expect(seen).toEqual([
      { province: '64', minPosition: '42', limit: '500' },
      { province: '64', minPosition: '42', limit: '500', cursor: 'a' },
    ]);
    expect(request.query).toBe(original);
    expect(headers.Vary).toBe('Accept');
  });

  it("keeps the request's own limit as the page size and starts at its cursor", async () => {
    const { run, seen } = route(pages, { limit: '2', cursor: 'a' });
    expect(await csvOf(await run())).toBe('\ufeffKode\r\n64.09\r\n');
    expect(seen).toEqual([{ limit: '2', cursor: 'a' }]);
  });

  it('ends a list whose cursor does not advance instead of looping', async () => {
    const looping: Record<string, Page> = { '': { items: [{ code: '64' }], nextCursor: 'a' }, a: { items: [{ code: '64.01' }], nextCursor: 'a' } };
    const { run, seen } = route(looping, {});
    expect(await csvOf(await run())).toBe('\ufeffKode\r\n64\r\n64.01\r\n');
    expect(seen).toHaveLength(2);
  });

  it('refuses more rows than the cap with a 413 and restores the query', async () => {
    const many: Record<string, Page> = { '': { items: [1, 2, 3].map((i) => ({ code: `6${i}` })), nextCursor: 'a' }, a: { items: [4, 5, 6].map((i) => ({ code: `6${i}` })), nextCursor: null } };
    const original = {};
    const { run, request } = route(many, original);
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).problem).toMatchObject({ status: 413, code: 'ExportTooLarge', extensions: { maxRows: 5 } });
    expect(request.query).toBe(original);
  });

  it('passes JSON through untouched, once', async () => {
    const { run, seen } = route(pages, {}, 'application/json');
    expect(await run()).toEqual(pages['']);
    expect(seen).toEqual([{}]);
  });

  it('names a file after the path when the spec asks', async () => {
    const { run, headers } = route(pages, {}, 'text/csv', { ...SPEC, file: ({ code }) => `riwayat-kepatuhan-${code}` });
    const file = (await run()) as StreamableFile;
    expect(file.getHeaders().disposition).toBe('attachment; filename="riwayat-kepatuhan-64.01-2026-11-22.csv"');
    expect(headers.Vary).toBe('Accept');
  });
});

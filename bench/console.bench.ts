/**
 * bench:console — what a user waits for in the console, in headless Chromium on loopback:
 *  - first load of the console (cold cache): bytes transferred and time until the sign-in form
 *    can be used, next to the bytes and time of fetching the same files raw (no browser);
 *  - the overdue queue page showing its first 50 rows at 1,000,000 events, next to the API call
 *    that page makes, timed alone in the same run.
 *
 *   npm run bench:console -- [--events 1000000] [--runs 10] [--db <events.db kept by bench:projections --keep>]
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { SqliteEventStore } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { LocalTokenMinter } from '@app/platform/auth';
import { createApiApp } from '../apps/api/src/bootstrap';
import { CHROMIUM_ARGS, chromiumPath } from '../test/console/support/chromium';
import { ensureConsoleBuilt } from '../test/console/support/console-build';
import { NOW } from './projections-calendar';
import type { Generated } from './projections-generate';
import { benchProviders } from './projections-providers';
import { fmt, percentile } from './stats';
import { reportSummary } from './summary';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const KB = (bytes: number) => `${fmt(bytes / 1024, 0)} KiB`;

function generate(path: string, events: number): Promise<Generated> {
  return new Promise((done, fail) => {
    const child = fork(join(__dirname, 'projections-generate.ts'), [path, String(events)], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    });
    let result: Generated | undefined;
    child.on('message', (message: Generated) => (result = message));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 && result ? done(result) : fail(new Error(`generator exited with ${code}`))));
  });
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? builtFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 30 * 60_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(): Promise<void> {
  const events = Number(arg('events') ?? 1_000_000);
  const runs = Number(arg('runs') ?? 10);
  const reuse = arg('db');
  ensureConsoleBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-console-'));
  process.env.DATA_DIR = dataDir;
  delete process.env.REDIS_URL;
  const path = reuse ?? join(dataDir, 'events.db');
  if (!reuse) {
    console.log(`Generating ${fmt(events, 0)} events (child process) …`);
    const g = await generate(path, events);
    console.log(`  ${fmt(g.events, 0)} events, ${fmt(g.recommendations, 0)} recommendations, ${g.providers} providers; ${fmt(g.seconds)} s`);
  }
  const store = new SqliteEventStore(path);
  const app = await createApiApp({ eventStore: store, clock: new ManualClock(NOW), logger: ['error'] });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const started = performance.now();
    const admin = await app.get(LocalTokenMinter).mint({ sub: 'bench-admin', role: 'admin' });
    await waitFor(async () => {
      const status = await fetch(`${url}/v1/admin/projections`, { headers: { authorization: `Bearer ${admin}` } })
        .then((r) => r.json() as Promise<{ projections?: Array<{ eventsBehind: number; rebuilding?: boolean }> } | Array<{ eventsBehind: number }>>)
        .catch(() => null);
      const list = Array.isArray(status) ? status : status?.projections;
      return Array.isArray(list) && list.length > 0 && list.every((p) => p.eventsBehind === 0);
    }, 'the read models to catch up');
    console.log(`API up with read models built in ${fmt((performance.now() - started) / 1000)} s`);

    // First load, cold: a fresh context has an empty cache.
    const files = builtFiles(resolve('dist/console'));
    const rawStarted = performance.now();
    let rawBytes = 0;
    // As a browser asks: the page only for a navigation that accepts HTML, the assets compressed.
    const index = await fetch(`${url}/`, { headers: { accept: 'text/html' } }).then((r) => r.text());
    rawBytes += Buffer.byteLength(index);
    const firstAssets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    if (firstAssets.length === 0) throw new Error('the console page names no assets: is it built?');
    for (const asset of firstAssets) {
      const res = await fetch(`${url}${asset}`, { headers: { 'accept-encoding': 'br' } });
      const body = await res.arrayBuffer();
      // Bytes on the wire: fetch hands back the body decompressed.
      rawBytes += Number(res.headers.get('content-length') ?? body.byteLength);
    }
    const rawMs = performance.now() - rawStarted;
    const loads: Array<{ bytes: number; interactive: number; dcl: number }> = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
      await page.goto(`${url}/`);
      await page.getByLabel('Token akses').waitFor();
      // Strings, not functions: they run in the page, whose `performance` is the browser's.
      const timing = (await page.evaluate(
        "({ interactive: performance.now(), dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })",
      )) as { interactive: number; dcl: number };
      await page.waitForLoadState('networkidle');
      loads.push({ bytes, ...timing });
      await context.close();
    }

    // The overdue queue at 1,000,000 events, for an officer of the province with the most overdue items.
    const provinces = [...new Set(benchProviders().map((p) => p.provinceCode).filter((p): p is string => p !== null))];
    const token = await app.get(LocalTokenMinter).mint({ sub: 'bench-officer', role: 'officer', provinces });
    const apiTimes: number[] = [];
    const pageTimes: number[] = [];
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    await context.addInitScript(`sessionStorage.setItem('console.token', ${JSON.stringify(token)})`);
    const page = await context.newPage();
    await page.goto(`${url}/terlambat`);
    await page.locator('table tbody tr').nth(49).waitFor({ timeout: 120_000 });
    for (let run = 0; run < runs; run++) {
      const apiStarted = performance.now();
      const res = await fetch(`${url}/v1/follow-up/overdue?limit=50`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { items: unknown[] };
      apiTimes.push(performance.now() - apiStarted);
      if (body.items.length < 50) throw new Error(`only ${body.items.length} overdue items: the queue needs 50 to measure`);
      await page.goto(`${url}/terlambat`);
      await page.locator('table tbody tr').nth(49).waitFor({ timeout: 60_000 });
      pageTimes.push((await page.evaluate('performance.now()')) as number);
    }
    await context.close();

    const med = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
    const bytes = med(loads.map((l) => l.bytes));
    console.log(`\nConsole first load, cold cache (${runs} runs, headless Chromium on loopback; ${files.length} built files, ${KB(files.reduce((s, f) => s + statSync(f).size, 0))} in all, loaded on demand)`);
    console.log(`  transferred          ${KB(bytes)} (index.html + the first page's scripts and styles, compressed as served)`);
    console.log(`  DOMContentLoaded     p50 ${fmt(med(loads.map((l) => l.dcl)), 0)} ms`);
    console.log(`  interactive          p50 ${fmt(med(loads.map((l) => l.interactive)), 0)} ms, p95 ${fmt(percentile([...loads.map((l) => l.interactive)].sort((a, b) => a - b), 95), 0)} ms (sign-in form usable)`);
    console.log(`  raw baseline         ${KB(rawBytes)} fetched by plain HTTP in ${fmt(rawMs, 0)} ms; browser/raw time ${fmt(med(loads.map((l) => l.interactive)) / rawMs, 2)}`);
    console.log(`\nOverdue queue at ${fmt(events, 0)} events, officer of all ${provinces.length} provinces (${runs} runs, warm)`);
    console.log(`  page shows 50 rows   p50 ${fmt(med(pageTimes), 0)} ms, p95 ${fmt(percentile([...pageTimes].sort((a, b) => a - b), 95), 0)} ms (navigation to the 50th row)`);
    console.log(`  API call alone       p50 ${fmt(med(apiTimes), 1)} ms, p95 ${fmt(percentile([...apiTimes].sort((a, b) => a - b), 95), 1)} ms (GET /v1/follow-up/overdue?limit=50)`);
    console.log(`  page/API             ${fmt(med(pageTimes) / med(apiTimes), 1)}`);
    const interactive = med(loads.map((l) => l.interactive));
    reportSummary('console', [
      { figure: 'first load transferred', value: bytes / 1024, unit: 'KiB', baseline: { label: 'same files by plain HTTP', value: rawBytes / 1024, unit: 'KiB' }, ratio: bytes / rawBytes },
      { figure: 'first load interactive, p50', value: interactive, unit: 'ms', baseline: { label: 'same files by plain HTTP', value: rawMs, unit: 'ms' }, ratio: interactive / rawMs },
      { figure: `overdue page, 50 rows at ${fmt(events, 0)} events, p50`, value: med(pageTimes), unit: 'ms', baseline: { label: 'its API call alone', value: med(apiTimes), unit: 'ms' }, ratio: med(pageTimes) / med(apiTimes) },
    ]);
  } finally {
    await browser.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });

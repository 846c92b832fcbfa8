import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where a failed browser test leaves a screenshot of each page it had open. */
export const FAILURE_DIR = resolve(process.env.BROWSER_FAILURE_DIR ?? 'test-results/browser');

const RECENT = 30;
const watched = new Map<Page, string[]>();

/**
 * Remembers what the page asked the API and what its scripts complained of, to print should the test
 * fail: a flaky failure under load cannot be rerun to look at it, so the run that failed must tell.
 */
export function watchPage(page: Page): void {
  const log: string[] = [];
  const note = (line: string) => {
    log.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (log.length > RECENT) log.shift();
  };
  watched.set(page, log);
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/v1/')) note(`${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()}`);
  });
  page.on('requestfailed', (r) => note(`${r.method()} ${new URL(r.url()).pathname} failed: ${r.failure()?.errorText ?? ''}`));
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') note(`console error: ${m.text()}`);
  });
  page.on('close', () => watched.delete(page));
}

/** Set by the browser tier's test environment (browser-environment.js) when a test's body failed. */
const failed = (): boolean => (globalThis as { __browserTestFailed?: boolean }).__browserTestFailed === true;

afterEach(async () => {
  if (!failed()) return;
  const name = expect.getState().currentTestName ?? 'test';
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  mkdirSync(FAILURE_DIR, { recursive: true });
  let n = 0;
  for (const [page, log] of watched) {
    n += 1;
    const file = resolve(FAILURE_DIR, `${base}-${n}`);
    const shot = await page.screenshot({ path: `${file}.png`, fullPage: true }).then(() => `${file}.png`, (e: Error) => `no screenshot (${e.message})`);
    const text = await page.locator('body').innerText({ timeout: 2_000 }).catch(() => '(page text unavailable)');
    writeFileSync(`${file}.txt`, `${page.url()}\n\n${text}`);
    // Printed, not only written: the run that failed may be a clean clone nobody can look into.
    console.error(`Page ${n} of "${name}" when it failed: ${page.url()}\n${shot}\nRecent requests and errors:\n${log.join('\n') || '(none)'}\nPage text (first 1,500 characters):\n${text.slice(0, 1_500)}`);
  }
});

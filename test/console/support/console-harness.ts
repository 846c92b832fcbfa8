import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApi, type ApiHarness } from '../../support/api-harness';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { ensureConsoleBuilt } from './console-build';
import { watchPage } from './failure-capture';

/** Screenshots of each main page, for people to look at (the README shows some). */
export const SCREENSHOTS = resolve(process.env.SCREENSHOT_DIR ?? 'docs/screenshots');

export interface ConsoleHarness {
  api: ApiHarness;
  /** http://127.0.0.1:<port> of the real API serving the built console. */
  url: string;
  browser: Browser;
  /** A fresh browser context (own sessionStorage) at 1366×768, Bahasa Indonesia. */
  newPage(options?: { viewport?: { width: number; height: number }; language?: 'id' | 'en' }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real API on a real port (embedded defaults, a manual clock) with the built console, and a headless Chromium.
 * `env` (e.g. OIDC_ISSUER) is set while the API starts, which is when it reads its configuration, and restored after.
 */
export async function startConsole(options: { now?: Date; env?: Record<string, string> } = {}): Promise<ConsoleHarness> {
  const consoleCopy = privateConsoleCopy();
  const env = { ...options.env, CONSOLE_DIR: consoleCopy };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const api = await startApi({ now: options.now ?? new Date('2026-11-23T03:00:00Z'), recordAtClock: true }).finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  await api.app.listen(0, '127.0.0.1');
  const url = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    api,
    url,
    browser,
    async newPage({ viewport = { width: 1366, height: 768 }, language = 'id' } = {}) {
      const context = await browser.newContext({ viewport, locale: language === 'id' ? 'id-ID' : 'en-GB', timezoneId: 'Asia/Jakarta', baseURL: url });
      // A string, not a function: this file is compiled without the DOM's types.
      if (language === 'en') await context.addInitScript("localStorage.setItem('console.language', 'en')");
      contexts.push(context);
      const page = await context.newPage();
      watchPage(page);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await api.close();
      rmSync(consoleCopy, { recursive: true, force: true });
    },
  };
}

/**
 * The API keeps the index.html it started with and routes only the assets present then; a rebuild
 * of dist/console by another test run meanwhile would take those assets away. Each harness serves
 * its own copy of the build.
 */
function privateConsoleCopy(): string {
  ensureConsoleBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'console-build-'));
  for (let attempt = 1; ; attempt += 1) {
    try {
      cpSync(resolve('dist/console'), dir, { recursive: true });
      return dir;
    } catch (error) {
      // Swapped for a fresh build while copying: copy the fresh one.
      if (attempt === 3) throw error;
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Signs in the way embedded mode does: the token pasted on the sign-in page. */
export async function signIn(page: Page, token: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel(/Token akses|Access token/).fill(token);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** Writes docs/screenshots/<name>.png once the page has settled (no spinner left). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.locator('[role="status"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: false });
}

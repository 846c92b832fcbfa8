import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A Chromium that is already on the machine: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * the binary shipped inside the @sparticuz/chromium npm package (unpacked to the temp dir on first
 * use). Nothing is ever downloaded at run time.
 */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) return configured;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  // The package is ESM-only and jest runs CommonJS: ask a child Node for the unpacked binary's path.
  const script = "const c = (await import('@sparticuz/chromium')).default; process.stdout.write(await c.executablePath());";
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' }).trim();
}

/** Headless, and nothing that would reach for the closed network (updates, sync, QUIC probes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Nest token for the export limits. */
export const EXPORT_LIMITS = Symbol('ExportLimits');

export interface ExportLimits {
  /** Rows one export may hold; a larger result is refused whole (413) rather than cut short. */
  maxRows: number;
}

export const DEFAULT_MAX_ROWS = 100_000;

/** `EXPORT_MAX_ROWS` (1 … 10,000,000), default 100,000; a bad value stops the process at startup. */
export function exportLimitsFromEnv(env: Record<string, string | undefined> = process.env): ExportLimits {
  const raw = env.EXPORT_MAX_ROWS?.trim();
  if (!raw) return { maxRows: DEFAULT_MAX_ROWS };
  const n = /^\d{1,8}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 10_000_000)) throw new Error(`EXPORT_MAX_ROWS=${raw} must be an integer from 1 to 10000000`);
  return { maxRows: n };
}

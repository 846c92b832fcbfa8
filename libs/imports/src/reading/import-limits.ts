/** What an import file may be; from the environment, so an office with a larger table can raise them. */
export interface ImportLimits {
  /** Bytes of the uploaded file (IMPORT_MAX_FILE_BYTES, default 20 MiB). */
  maxFileBytes: number;
  /** Data rows across all sheets (IMPORT_MAX_ROWS, default 20,000). */
  maxRows: number;
  /** Columns of a header (IMPORT_MAX_COLUMNS, default 30). */
  maxColumns: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxFileBytes: 20 * 1_048_576, maxRows: 20_000, maxColumns: 30 };

/** A setting that is not a positive whole number stops the start, naming the variable. */
export function importLimitsFromEnv(env: Record<string, string | undefined> = process.env): ImportLimits {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (text === undefined || text === '') return fallback;
    if (!/^\d{1,15}$/.test(text) || Number(text) < 1) throw new Error(`${name}=${text} is not a positive whole number`);
    return Number(text);
  };
  return {
    maxFileBytes: read('IMPORT_MAX_FILE_BYTES', DEFAULT_IMPORT_LIMITS.maxFileBytes),
    maxRows: read('IMPORT_MAX_ROWS', DEFAULT_IMPORT_LIMITS.maxRows),
    maxColumns: read('IMPORT_MAX_COLUMNS', DEFAULT_IMPORT_LIMITS.maxColumns),
  };
}

import { DEFAULT_MAX_ROWS, exportLimitsFromEnv } from './export-limits';

describe('exportLimitsFromEnv', () => {
  it('caps an export at 100,000 rows unless EXPORT_MAX_ROWS says otherwise', () => {
    expect(exportLimitsFromEnv({})).toEqual({ maxRows: DEFAULT_MAX_ROWS });
    expect(exportLimitsFromEnv({ EXPORT_MAX_ROWS: ' 250 ' })).toEqual({ maxRows: 250 });
  });

  it.each(['0', '-1', '1e5', 'many', '20000000'])('refuses EXPORT_MAX_ROWS=%s at startup, naming it', (value) => {
    expect(() => exportLimitsFromEnv({ EXPORT_MAX_ROWS: value })).toThrow(/EXPORT_MAX_ROWS/);
  });
});

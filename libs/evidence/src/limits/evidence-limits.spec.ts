import { DEFAULT_MAX_FILE_BYTES, uploadLimitsFromEnv } from './evidence-limits';

describe('upload limits', () => {
  it('default to 50 MiB a file', () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(50 * 1024 * 1024);
    expect(uploadLimitsFromEnv({})).toEqual({ maxFileBytes: DEFAULT_MAX_FILE_BYTES });
  });
  it('take EVIDENCE_MAX_FILE_BYTES from 1 MiB up', () => {
    expect(uploadLimitsFromEnv({ EVIDENCE_MAX_FILE_BYTES: '1048576' })).toEqual({ maxFileBytes: 1048576 });
    expect(uploadLimitsFromEnv({ EVIDENCE_MAX_FILE_BYTES: ' 209715200 ' })).toEqual({ maxFileBytes: 209715200 });
  });
  it.each(['1048575', '50MB', '-1', '1e9', '0'])('refuses EVIDENCE_MAX_FILE_BYTES=%s, naming the variable', (value) => {
    expect(() => uploadLimitsFromEnv({ EVIDENCE_MAX_FILE_BYTES: value })).toThrow(/EVIDENCE_MAX_FILE_BYTES/);
  });
});

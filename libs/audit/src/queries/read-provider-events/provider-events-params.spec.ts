import { ProblemException } from '@app/platform/http';
import { parseProviderEventsParams } from './provider-events-params';

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemException) return (error.problem.errors ?? []).map((e) => e.field);
    throw error;
  }
  throw new Error('expected a 400');
};

describe('provider events parameters', () => {
  it('defaults to the start of the log and 100 events', () => {
    expect(parseProviderEventsParams('64.01', {})).toEqual({ entityCode: '64.01', after: 0n, limit: 100 });
    expect(parseProviderEventsParams('64.01', { after: '', limit: '' })).toEqual({ entityCode: '64.01', after: 0n, limit: 100 });
  });

  it('takes positions as bigints and limits up to 500', () => {
    expect(parseProviderEventsParams('64.01', { after: '18014398509481985', limit: '500', minPosition: '42' })).toEqual({
      entityCode: '64.01', after: 18_014_398_509_481_985n, limit: 500, minPosition: 42n,
    });
  });

  it('names every bad parameter at once', () => {
    expect(fieldsOf(() => parseProviderEventsParams('64 01', { after: '-1', limit: '501', cursor: 'x', minPosition: ['1', '2'] }))).toEqual([
      'query.cursor', 'path.code', 'query.after', 'query.minPosition', 'query.limit',
    ]);
    for (const limit of ['0', '1e2', ' 5', '5.0', '0x10']) expect(fieldsOf(() => parseProviderEventsParams('64.01', { limit }))).toEqual(['query.limit']);
    for (const after of ['1.5', '+1', 'abc', '123456789012345678901']) expect(fieldsOf(() => parseProviderEventsParams('64.01', { after }))).toEqual(['query.after']);
  });
});

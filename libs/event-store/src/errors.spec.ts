import { StreamNotFound } from './errors';

describe('StreamNotFound', () => {
  it('is an answer without a stack trace (cheap for every new record), and leaves stack traces of other errors alone', () => {
    const limit = Error.stackTraceLimit;
    const error = new StreamNotFound('entity-64.01');
    expect(error).toMatchObject({ name: 'StreamNotFound', stream: 'entity-64.01', message: 'Stream entity-64.01 does not exist' });
    expect(error.stack?.split('\n')).toHaveLength(1);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('other').stack?.split('\n').length).toBeGreaterThan(1);
  });
});

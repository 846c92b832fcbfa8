import { isRedisUnreachable } from './redis-unreachable';
import { withinRedisDeadline } from './within-redis-deadline';

describe('withinRedisDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with the call when it settles in time', async () => {
    await expect(withinRedisDeadline(Promise.resolve(7), 1_000)).resolves.toBe(7);
  });

  it('passes the call\'s own error through', async () => {
    await expect(withinRedisDeadline(Promise.reject(new Error('WRONGTYPE')), 1_000)).rejects.toThrow('WRONGTYPE');
  });

  it('gives up at the deadline with an error the HTTP layer answers as 503', async () => {
    const hanging = new Promise<number>(() => undefined);
    const answer = withinRedisDeadline(hanging, 1_000);
    const settled = answer.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    jest.advanceTimersByTime(999);
    await Promise.resolve();
    jest.advanceTimersByTime(1);
    const error = await settled;
    expect(isRedisUnreachable(error)).toBe(true);
  });
});

import { withinDeadline } from './within-deadline';

class TooLate extends Error {}

describe('withinDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with the work when it settles in time, its value or its own error', async () => {
    await expect(withinDeadline(Promise.resolve(7), 1_000, () => new TooLate())).resolves.toBe(7);
    await expect(withinDeadline(Promise.reject(new Error('WRONGTYPE')), 1_000, () => new TooLate())).rejects.toThrow('WRONGTYPE');
  });

  it('fails with the caller\'s error at the deadline, not a moment before', async () => {
    const settled = withinDeadline(new Promise<number>(() => undefined), 1_000, () => new TooLate()).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    let outcome: unknown = 'pending';
    void settled.then((value) => (outcome = value));
    await jest.advanceTimersByTimeAsync(999);
    expect(outcome).toBe('pending');
    await jest.advanceTimersByTimeAsync(1);
    expect(await settled).toBeInstanceOf(TooLate);
  });

  it('swallows a failure of the work that comes after the deadline', async () => {
    let fail: (error: Error) => void = () => undefined;
    const late = withinDeadline(new Promise<never>((_, reject) => (fail = reject)), 100, () => new TooLate());
    const outcome = late.catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(100);
    // Would be an unhandled rejection (failing the run) without the handler withinDeadline attaches.
    fail(new Error('gone'));
    await jest.advanceTimersByTimeAsync(0);
    expect(await outcome).toBeInstanceOf(TooLate);
  });
});

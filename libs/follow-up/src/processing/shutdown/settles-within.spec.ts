import { settlesWithin } from './settles-within';

describe('settlesWithin', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is true when the work resolves or rejects in time', async () => {
    await expect(settlesWithin(Promise.resolve(1), 100)).resolves.toBe(true);
    await expect(settlesWithin(Promise.reject(new Error('gone')), 100)).resolves.toBe(true);
  });

  it('is false when the work is still pending at the bound', async () => {
    const answer = settlesWithin(new Promise(() => undefined), 100);
    await jest.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toBe(false);
  });
});

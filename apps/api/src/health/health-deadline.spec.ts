import { HEALTH_CHECK_BUDGET_MS, HealthCheckTimedOut, withinBudget } from './health-deadline';

describe('withinBudget', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('leaves room in the one second /health has', () => {
    expect(HEALTH_CHECK_BUDGET_MS).toBeLessThan(1_000);
  });

  it('gives up on work that never answers once the budget is spent', async () => {
    const hanging = withinBudget(new Promise<never>(() => undefined), 'Redis PING');
    const settled = jest.fn();
    hanging.catch(settled);
    await jest.advanceTimersByTimeAsync(HEALTH_CHECK_BUDGET_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await expect(hanging).rejects.toThrow(HealthCheckTimedOut);
    await expect(hanging).rejects.toThrow(`Redis PING did not answer within ${HEALTH_CHECK_BUDGET_MS} ms`);
  });

  it('answers with the work when it is in time, and swallows a failure that comes after the budget', async () => {
    await expect(withinBudget(Promise.resolve(7), 'x')).resolves.toBe(7);
    let fail: (error: Error) => void = () => undefined;
    const late = withinBudget(new Promise<never>((_, reject) => (fail = reject)), 'x');
    late.catch(() => undefined);
    await jest.advanceTimersByTimeAsync(HEALTH_CHECK_BUDGET_MS);
    // Would be an unhandled rejection (failing the run) if withinBudget had not attached a handler.
    fail(new Error('late'));
    await expect(late).rejects.toThrow(HealthCheckTimedOut);
  });
});

import { withinDeadline } from '@app/platform/clock';

/**
 * /health must answer within a second even when a dependency hangs (Redis gone, a stuck disk):
 * every indicator and the caller's token check each get this long, side by side.
 */
export const HEALTH_CHECK_BUDGET_MS = 750;

export class HealthCheckTimedOut extends Error {
  override name = 'HealthCheckTimedOut';
}

/** `work`, or a HealthCheckTimedOut naming `what` once `ms` have passed. */
export function withinBudget<T>(work: Promise<T>, what: string, ms = HEALTH_CHECK_BUDGET_MS): Promise<T> {
  return withinDeadline(work, ms, () => new HealthCheckTimedOut(`${what} did not answer within ${ms} ms`));
}

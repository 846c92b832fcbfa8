/**
 * /health must answer within a second even when a dependency hangs (Redis gone, a stuck disk):
 * every indicator and the caller's token check each get this long, side by side.
 */
export const HEALTH_CHECK_BUDGET_MS = 750;

export class HealthCheckTimedOut extends Error {
  override name = 'HealthCheckTimedOut';
}

/**
 * `work`, or a HealthCheckTimedOut once `ms` have passed. The work itself goes on (a Redis
 * command cannot be recalled); its late failure is swallowed here so it is never unhandled.
 */
export function withinBudget<T>(work: Promise<T>, what: string, ms = HEALTH_CHECK_BUDGET_MS): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthCheckTimedOut(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

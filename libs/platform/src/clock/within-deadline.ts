/**
 * `work`, or the error `timedOut()` makes once `ms` of real time have passed. The work itself
 * goes on (a Redis command or a socket close cannot be recalled); its late failure is swallowed
 * here so it never becomes an unhandled rejection. Callers that must answer or stop in bounded
 * time (HTTP answers while Redis hangs, /health, shutdown) all wait through this one helper.
 */
export function withinDeadline<T>(work: Promise<T>, ms: number, timedOut: () => Error): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

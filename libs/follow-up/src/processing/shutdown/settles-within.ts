import { withinDeadline } from '@app/platform/clock';

/**
 * Whether `work` settles (resolves or rejects) within `ms`. Shutdown steps that talk to Redis use
 * it: with Redis gone they would wait for it forever, and a stop must complete.
 */
export function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  const settled = work.then(
    () => true,
    () => true,
  );
  return withinDeadline(settled, ms, () => new Error(`did not settle within ${ms} ms`)).catch(() => false);
}

/** How long shutdown steps wait for Redis-bound work; the whole stop stays well under 10 s. */
export const SHUTDOWN_BUDGET_MS = {
  /** Running jobs finish (Redis up): a job is a command plus perhaps a webhook call. */
  workersGraceful: 5_000,
  /** Redis down, or the graceful wait ran out: connections are cut. */
  forced: 1_500,
  /** The reactor's batch in hand (queueing its jobs needs Redis). */
  reactor: 2_000,
  /** QUIT's reply. */
  quit: 1_000,
} as const;

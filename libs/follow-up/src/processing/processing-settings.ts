/** How the deadline and notification workers run; every value has an environment variable. */
export interface ProcessingSettings {
  /** DEADLINE_CONCURRENCY: deadline jobs one process runs at once. Default 8. */
  deadlineConcurrency: number;
  /** NOTIFY_CONCURRENCY: deliveries one process runs at once. Default 4. */
  notifyConcurrency: number;
  /** DEADLINE_SWEEP_EVERY_MS: how often the sweep looks for due steps. Default 60 000. */
  sweepEveryMs: number;
  /**
   * DEADLINE_HORIZON_MS: steps due within this much of now get a delayed job; later ones wait in
   * the schedule until a sweep finds them inside it. At least twice the sweep interval. Default 600 000.
   */
  horizonMs: number;
  /**
   * DEADLINE_RECHECK_MS: longest a delayed job sleeps before it looks at the Clock again. Default:
   * the horizon, so in production a job wakes once, at its instant; tests that move a manual
   * clock set it short.
   */
  recheckMs: number;
  /** JOB_LOCK_MS: BullMQ lock of an active job; a killed worker's jobs run again after about this long. Default 30 000. */
  jobLockMs: number;
  /** DEADLINE_ATTEMPTS: tries of a deadline job that fails (store down…) before it is parked. Default 10. */
  deadlineAttempts: number;
  /** NOTIFY_ATTEMPTS: tries of a delivery before it is parked in the failed set. Default 8. */
  notifyAttempts: number;
  /** NOTIFY_BACKOFF_MS: first retry delay of a delivery, doubled at each try. Default 5 000. */
  notifyBackoffMs: number;
  /** NOTIFY_RECOVERY_HOURS: after Redis lost everything, re-notify steps recorded this recently. Default 24. */
  recoveryHours: number;
}

export const PROCESSING_SETTINGS = Symbol('ProcessingSettings');

export class ProcessingSettingsError extends Error {
  override name = 'ProcessingSettingsError';
}

type Env = Record<string, string | undefined>;

const VARIABLES: Record<keyof ProcessingSettings, [name: string, fallback: number, min: number, max: number]> = {
  deadlineConcurrency: ['DEADLINE_CONCURRENCY', 8, 1, 1000],
  notifyConcurrency: ['NOTIFY_CONCURRENCY', 4, 1, 1000],
  sweepEveryMs: ['DEADLINE_SWEEP_EVERY_MS', 60_000, 100, 86_400_000],
  horizonMs: ['DEADLINE_HORIZON_MS', 600_000, 200, 7 * 86_400_000],
  recheckMs: ['DEADLINE_RECHECK_MS', 600_000, 10, 7 * 86_400_000],
  jobLockMs: ['JOB_LOCK_MS', 30_000, 500, 3_600_000],
  deadlineAttempts: ['DEADLINE_ATTEMPTS', 10, 1, 1000],
  notifyAttempts: ['NOTIFY_ATTEMPTS', 8, 1, 1000],
  notifyBackoffMs: ['NOTIFY_BACKOFF_MS', 5_000, 1, 3_600_000],
  recoveryHours: ['NOTIFY_RECOVERY_HOURS', 24, 0, 24 * 365],
};

/** Reads the settings once at startup; a bad value stops the process with the variable named. */
export function loadProcessingSettings(env: Env = process.env): ProcessingSettings {
  const settings = {} as ProcessingSettings;
  for (const [field, [name, fallback, min, max]] of Object.entries(VARIABLES) as Array<[keyof ProcessingSettings, [string, number, number, number]]>) {
    const text = env[name]?.trim();
    const value = text ? Number(text) : fallback;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ProcessingSettingsError(`${name}=${text} is not usable; expected a whole number from ${min} to ${max}`);
    }
    settings[field] = value;
  }
  if (!env.DEADLINE_RECHECK_MS?.trim()) settings.recheckMs = settings.horizonMs;
  if (settings.horizonMs < 2 * settings.sweepEveryMs) {
    throw new ProcessingSettingsError(
      `DEADLINE_HORIZON_MS=${settings.horizonMs} must be at least twice DEADLINE_SWEEP_EVERY_MS=${settings.sweepEveryMs}, or steps could start late`,
    );
  }
  return settings;
}

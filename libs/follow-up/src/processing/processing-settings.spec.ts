import { loadProcessingSettings } from './processing-settings';

describe('processing settings', () => {
  it('defaults: sweep every minute, a 10-minute horizon, jobs that wake once at their instant', () =>
    expect(loadProcessingSettings({})).toEqual({
      deadlineConcurrency: 8,
      notifyConcurrency: 4,
      sweepEveryMs: 60_000,
      horizonMs: 600_000,
      recheckMs: 600_000,
      jobLockMs: 30_000,
      deadlineAttempts: 10,
      notifyAttempts: 8,
      notifyBackoffMs: 5_000,
      recoveryHours: 24,
    }));

  it('follows the horizon with the re-check unless DEADLINE_RECHECK_MS is set', () => {
    expect(loadProcessingSettings({ DEADLINE_HORIZON_MS: '300000' }).recheckMs).toBe(300_000);
    expect(loadProcessingSettings({ DEADLINE_HORIZON_MS: '300000', DEADLINE_RECHECK_MS: '250' }).recheckMs).toBe(250);
  });

  it.each([
    ['DEADLINE_CONCURRENCY', '0', /^DEADLINE_CONCURRENCY=0 is not usable; expected a whole number from 1 to 1000$/],
    ['NOTIFY_ATTEMPTS', 'many', /^NOTIFY_ATTEMPTS=many is not usable/],
    ['JOB_LOCK_MS', '1.5', /^JOB_LOCK_MS=1\.5 is not usable/],
  ])('names the variable of a bad value (%s=%s)', (name, value, message) => expect(() => loadProcessingSettings({ [name]: value })).toThrow(message));

  it('refuses a horizon shorter than two sweep intervals, which could start steps late', () =>
    expect(() => loadProcessingSettings({ DEADLINE_SWEEP_EVERY_MS: '60000', DEADLINE_HORIZON_MS: '90000' })).toThrow(
      /DEADLINE_HORIZON_MS=90000 must be at least twice DEADLINE_SWEEP_EVERY_MS=60000/,
    ));
});

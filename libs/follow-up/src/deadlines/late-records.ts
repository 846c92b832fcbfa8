import type { DeadlineMarkedOverdue, DeadlineVersion } from './deadline-steps';

/**
 * How far in the past a due instant may lie when the system first learns of a deadline version
 * (issuance, an approved extension, a scheduled obligation) and still be processed as if live.
 * Beyond it the record was entered late (an import, an office moving its history in): replaying
 * its reminders and escalation ladder now would fire years of notifications in milliseconds.
 */
export const LATE_RECORD_AFTER_MS = 86_400_000;

/** Whether a version due at `dueAt` and learnt of at `now` is a late record (more than a day past, not exactly one). */
export const isRecordedLate = (dueAt: string, now: Date): boolean => now.getTime() - Date.parse(dueAt) > LATE_RECORD_AFTER_MS;

/**
 * The version as it becomes known at `now`: a late one gets `ladderFrom = now`, so its
 * escalation ladder starts from when it was recorded, not from a due instant long gone.
 */
export function asKnownAt<T extends DeadlineVersion>(deadline: T, now: Date): T & Pick<DeadlineVersion, 'ladderFrom'> {
  return isRecordedLate(deadline.dueAt, now) ? { ...deadline, ladderFrom: now.toISOString() } : deadline;
}

/**
 * The overdue state of a late-recorded version, recorded once in the same append that makes the
 * version known: dated at the due instant (data and business time), flagged `recordedLate` so no
 * notification goes out for it. None for a version that is not late: the workers mark it live.
 */
export function lateOverdueMark(subjectId: string, deadline: DeadlineVersion): DeadlineMarkedOverdue[] {
  if (deadline.ladderFrom === undefined) return [];
  const { version: deadlineVersion, dueAt } = deadline;
  return [{ type: 'DeadlineMarkedOverdue', data: { subjectId, deadlineVersion, dueAt, markedAt: dueAt, recordedLate: true }, occurredAt: new Date(dueAt) }];
}

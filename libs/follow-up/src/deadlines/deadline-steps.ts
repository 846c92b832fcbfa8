import { CalendarDate, DomainCommand, DomainEvent, TimeZone, assertNever, conflict, invalid, requireSystem } from '@app/kernel';
import type { EscalationLadder } from './deadline-ladder';

/**
 * The deadline steps shared by every aggregate with a deadline (recommendations, PKS
 * obligations): reminders before the due instant, the overdue mark at it, escalation after
 * it. A pure sub-decider: the aggregate keeps a `DeadlineTrack` in its state, delegates the
 * three commands to `decideDeadlineStep` and the three events to `evolveDeadlineStep`.
 * Repeated, stale (deadline moved) or closed-subject steps decide nothing, so a job that
 * runs twice changes nothing.
 */
export interface DeadlineVersion {
  version: number;
  dueOn: CalendarDate;
  /** End of dueOn in `timeZone` (ISO instant): overdue from then on. */
  dueAt: string;
  timeZone: TimeZone;
  /**
   * Set when the system learnt of this version more than a day after its due instant (a record
   * entered late, an import): the instant it was recorded, from which the escalation ladder runs
   * instead of from dueAt (see late-records.ts). Absent on every version stored before.
   */
  ladderFrom?: string;
}

export interface DeadlineTrack {
  deadline: DeadlineVersion;
  remindersSent: Array<{ version: number; daysBefore: number }>;
  /** The deadline version marked overdue last; a moved deadline needs its own mark. */
  overdueVersion: number | null;
  /** Highest rung reached for the current version; 0 = none, reset when the deadline moves. */
  escalationLevel: number;
  open: boolean;
}

export type DeadlineReminderSent = DomainEvent<
  'DeadlineReminderSent',
  { subjectId: string; deadlineVersion: number; daysBefore: number; dueAt: string; remindedAt: string }
>;
export type DeadlineMarkedOverdue = DomainEvent<
  'DeadlineMarkedOverdue',
  {
    subjectId: string;
    deadlineVersion: number;
    dueAt: string;
    markedAt: string;
    /** The version was recorded over a day after it fell due: marked once, dated at the due instant, never notified. */
    recordedLate?: true;
  }
>;
export type DeadlineEscalated = DomainEvent<
  'DeadlineEscalated',
  {
    subjectId: string;
    deadlineVersion: number;
    level: number;
    to: string;
    escalatedAt: string;
    /** An escalation that happened outside the system, recorded afterwards by `recordedBy`: history, never notified. */
    recorded?: true;
    recordedBy?: string;
    note?: string;
  }
>;
export type DeadlineStepEvent = DeadlineReminderSent | DeadlineMarkedOverdue | DeadlineEscalated;

export type SendDeadlineReminder = DomainCommand<'SendDeadlineReminder', { deadlineVersion: number; daysBefore: number }>;
export type MarkDeadlineOverdue = DomainCommand<'MarkDeadlineOverdue', { deadlineVersion: number }>;
export type EscalateDeadline = DomainCommand<'EscalateDeadline', { deadlineVersion: number; level: number }, { ladder: EscalationLadder }>;
export type DeadlineStepCommand = SendDeadlineReminder | MarkDeadlineOverdue | EscalateDeadline;

export const DEADLINE_STEP_EVENT_TYPES = ['DeadlineReminderSent', 'DeadlineMarkedOverdue', 'DeadlineEscalated'] as const;

export const isDeadlineStepEvent = (event: DomainEvent): event is DeadlineStepEvent =>
  (DEADLINE_STEP_EVENT_TYPES as readonly string[]).includes(event.type);

export const initialDeadlineTrack = (deadline: DeadlineVersion): DeadlineTrack => ({
  deadline: {
    version: deadline.version,
    dueOn: deadline.dueOn,
    dueAt: deadline.dueAt,
    timeZone: deadline.timeZone,
    ...(deadline.ladderFrom === undefined ? {} : { ladderFrom: deadline.ladderFrom }),
  },
  remindersSent: [],
  overdueVersion: null,
  escalationLevel: 0,
  open: true,
});

const DAY_MS = 86_400_000;

/** Where escalation rungs are measured from: the due instant, or when a late-recorded version became known. */
export const ladderStart = (deadline: Pick<DeadlineVersion, 'dueAt' | 'ladderFrom'>): number => Date.parse(deadline.ladderFrom ?? deadline.dueAt);

/**
 * A reminder more than a day past its own instant (a record entered late, a long outage) tells
 * nobody anything useful: it is never scheduled nor recorded. Shared with the schedule.
 */
export const REMINDER_STALE_AFTER_MS = DAY_MS;

const notDue = (what: string, at: number): never => {
  throw conflict('DeadlineStepNotDue', `${what} is not due before ${new Date(at).toISOString()}`);
};

function checkPositiveInteger(value: number, field: string, code: string): void {
  if (!Number.isInteger(value) || value < 1) throw invalid(code, `${field} must be a positive integer, not ${value}`, [{ field, message: 'not a positive integer', allowed: '1, 2, 3, …' }]);
}

/** The event for `command`, or none when it is repeated, stale or the subject is closed; DeadlineStepNotDue when early. */
export function decideDeadlineStep(command: DeadlineStepCommand, subjectId: string, track: DeadlineTrack): DeadlineStepEvent[] {
  requireSystem(command.actor, command.type);
  const { deadlineVersion } = command.data;
  checkPositiveInteger(deadlineVersion, 'deadlineVersion', 'InvalidDeadlineVersion');
  if (!track.open || deadlineVersion !== track.deadline.version) return [];
  const dueAt = Date.parse(track.deadline.dueAt);
  const now = command.now.getTime();
  const at = command.now.toISOString();
  const base = { subjectId, deadlineVersion, dueAt: track.deadline.dueAt };
  // The events' data is written out rather than spread from `base`: Node 20's V8 gives a spread
  // that gains keys of its own a new hidden class every time (~2 µs a key, old-space garbage).
  switch (command.type) {
    case 'SendDeadlineReminder': {
      const { daysBefore } = command.data;
      checkPositiveInteger(daysBefore, 'daysBefore', 'InvalidDaysBefore');
      if (track.remindersSent.some((r) => r.version === deadlineVersion && r.daysBefore === daysBefore)) return [];
      if (now >= dueAt) return []; // a reminder after the due instant tells nobody anything
      const remindAt = dueAt - daysBefore * DAY_MS;
      if (now > remindAt + REMINDER_STALE_AFTER_MS) return [];
      if (now < remindAt) notDue(`The ${daysBefore}-day reminder`, remindAt);
      return [{ type: 'DeadlineReminderSent', data: { subjectId, deadlineVersion, dueAt: base.dueAt, daysBefore, remindedAt: at } }];
    }
    case 'MarkDeadlineOverdue':
      if (track.overdueVersion === deadlineVersion) return [];
      if (now < dueAt) notDue('The overdue mark', dueAt);
      return [{ type: 'DeadlineMarkedOverdue', data: { subjectId, deadlineVersion, dueAt: base.dueAt, markedAt: at } }];
    case 'EscalateDeadline':
      return escalate(command, track, base, now, at);
    default:
      return assertNever(command);
  }
}

function escalate(
  command: EscalateDeadline,
  track: DeadlineTrack,
  base: { subjectId: string; deadlineVersion: number; dueAt: string },
  now: number,
  at: string,
): DeadlineEscalated[] {
  const { level } = command.data;
  const ladder = command.context?.ladder;
  if (!ladder) throw new Error('EscalateDeadline: the handler must pass the escalation ladder as context.ladder');
  const rung = ladder.find((r) => r.level === level);
  if (!rung) {
    const levels = ladder.map((r) => r.level);
    throw invalid('UnknownEscalationLevel', `level ${level} is not on the escalation ladder`, [{ field: 'level', message: 'not on the ladder', allowed: levels }]);
  }
  if (level <= track.escalationLevel) return [];
  const dueAt = Date.parse(base.dueAt);
  if (track.overdueVersion !== base.deadlineVersion) notDue(`Escalation level ${level} (the deadline is not marked overdue yet)`, dueAt);
  if (level > track.escalationLevel + 1) {
    throw conflict('DeadlineStepNotDue', `Escalation level ${level} must wait for level ${track.escalationLevel + 1}`);
  }
  const rungAt = ladderStart(track.deadline) + rung.afterDays * DAY_MS;
  if (now < rungAt) notDue(`Escalation level ${level} (${rung.to})`, rungAt);
  return [{ type: 'DeadlineEscalated', data: { subjectId: base.subjectId, deadlineVersion: base.deadlineVersion, level, to: rung.to, escalatedAt: at } }];
}

export function evolveDeadlineStep<T extends DeadlineTrack>(track: T, event: DeadlineStepEvent): T {
  switch (event.type) {
    case 'DeadlineReminderSent':
      return { ...track, remindersSent: [...track.remindersSent, { version: event.data.deadlineVersion, daysBefore: event.data.daysBefore }] };
    case 'DeadlineMarkedOverdue':
      return { ...track, overdueVersion: event.data.deadlineVersion };
    case 'DeadlineEscalated':
      return event.data.deadlineVersion === track.deadline.version ? { ...track, escalationLevel: Math.max(track.escalationLevel, event.data.level) } : track;
  }
}

/** The steps an aggregate shows in its history, every deadline version included. */
export interface DeadlineStepLog {
  reminders: Array<{ deadlineVersion: number; daysBefore: number; remindedAt: string }>;
  overdueMarks: Array<{ deadlineVersion: number; markedAt: string }>;
  escalations: Array<{ deadlineVersion: number; level: number; to: string; escalatedAt: string }>;
}

/** evolveDeadlineStep plus the visible history: what recommendations and obligations both keep. */
export function recordDeadlineStep<T extends DeadlineTrack & DeadlineStepLog>(state: T, event: DeadlineStepEvent): T {
  const next = evolveDeadlineStep(state, event);
  switch (event.type) {
    case 'DeadlineReminderSent': {
      const { deadlineVersion, daysBefore, remindedAt } = event.data;
      return { ...next, reminders: [...state.reminders, { deadlineVersion, daysBefore, remindedAt }] };
    }
    case 'DeadlineMarkedOverdue': {
      const { deadlineVersion, markedAt } = event.data;
      return { ...next, overdueMarks: [...state.overdueMarks, { deadlineVersion, markedAt }] };
    }
    case 'DeadlineEscalated': {
      const { deadlineVersion, level, to, escalatedAt } = event.data;
      return { ...next, escalations: [...state.escalations, { deadlineVersion, level, to, escalatedAt }] };
    }
  }
}

/** A new deadline version: escalation starts again; earlier versions are the aggregate's to keep. */
export function withNewDeadline<T extends DeadlineTrack>(track: T, deadline: T['deadline']): T {
  return { ...track, deadline, escalationLevel: 0 };
}

import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import { CLOSING_EVENT_TYPES, DEADLINE_SET_EVENT_TYPES, STEP_EVENT_TYPES, deadlineFactOf } from './deadline-facts';
import { deadlineSchedule, stepKeysOf } from './deadline-schedule';

export const DEADLINE_SCHEDULE = 'deadline-schedule';

/** Keys relative to the projection's namespace. */
export const SCHEDULE_KEYS = {
  /** Sorted set: `<subject stream>|<step key>` scored by the step's instant (ms). */
  pending: 'pending',
  /** Hash: subject stream → its current deadline version, while it is open. */
  versions: 'versions',
} as const;

export const pendingMember = (stream: string, stepKey: string): string => `${stream}|${stepKey}`;

export function parsePendingMember(member: string): { stream: string; stepKey: string } | null {
  const bar = member.lastIndexOf('|');
  return bar > 0 ? { stream: member.slice(0, bar), stepKey: member.slice(bar + 1) } : null;
}

/**
 * The steps not yet recorded of every open deadline, by instant: what the sweep reads. Members
 * leave out the version on purpose: a new version overwrites the same members with new
 * instants, and closing events (which do not say the version) remove them all, with no read.
 * A `sesuai` verdict that closes a recommendation cannot be told from one that does not
 * without its state: the reactor (which reads it) drops those members, and a job that finds its
 * subject closed drops its own (after a rebuild brought them back).
 * The members depend on the policy: after changing reminder days or the ladder, rebuild it.
 */
export function deadlineScheduleProjection(policy: DeadlinePolicy): Projection {
  const allKeys = stepKeysOf(policy);
  return {
    name: DEADLINE_SCHEDULE,
    version: 1,
    filter: { eventTypes: [...DEADLINE_SET_EVENT_TYPES, ...CLOSING_EVENT_TYPES, ...STEP_EVENT_TYPES] },
    apply(event: RecordedEvent): ProjectionOp[] {
      const fact = deadlineFactOf(event);
      switch (fact?.kind) {
        case 'deadline-set': {
          const entries = deadlineSchedule(fact, policy).map((s) => ({ score: s.at.getTime(), member: pendingMember(fact.stream, s.key) }));
          // A late-recorded version has no reminders nor overdue step: the previous version's must not linger.
          const none = allKeys.map((key) => pendingMember(fact.stream, key)).filter((member) => !entries.some((e) => e.member === member));
          return [
            { kind: 'zadd', key: SCHEDULE_KEYS.pending, entries },
            ...(none.length > 0 ? [op.zrem(SCHEDULE_KEYS.pending, ...none)] : []),
            op.hset(SCHEDULE_KEYS.versions, { [fact.stream]: String(fact.version) }),
          ];
        }
        case 'closed':
          return [op.zrem(SCHEDULE_KEYS.pending, ...allKeys.map((key) => pendingMember(fact.stream, key))), op.hdel(SCHEDULE_KEYS.versions, fact.stream)];
        case 'step-recorded':
          return [op.zrem(SCHEDULE_KEYS.pending, pendingMember(fact.stream, fact.stepKey))];
        default:
          return [];
      }
    },
  };
}

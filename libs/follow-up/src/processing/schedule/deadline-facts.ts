import { categoryOf, idOf, streamName } from '@app/event-store';
import { DeadlineSubject, stepKey } from '../../deadlines/deadline-commands.port';

const KIND_OF_CATEGORY: Record<string, DeadlineSubject['kind']> = { recommendation: 'recommendation', obligation: 'obligation' };

/** The subject whose deadline lives in `stream`, or null for any other stream. */
export function subjectOfStream(stream: string): DeadlineSubject | null {
  const kind = KIND_OF_CATEGORY[categoryOf(stream)];
  const id = idOf(stream);
  return kind && id ? { kind, id } : null;
}

/** `recommendation-<id>` / `obligation-<id>`: each kind's category is its own name. */
export const streamOfSubject = (subject: DeadlineSubject): string => streamName(subject.kind, subject.id);

/**
 * What an event means for deadline processing:
 * - deadline-set: a deadline (version) now applies; earlier versions' steps are void.
 * - closed: the subject is closed for certain; none of its steps will ever be recorded.
 * - maybe-closed (legacy path): a v1 `sesuai` verdict, stored before RecommendationFulfilled
 *   existed, may have closed it; whoever can read its state finds out. A v2 verdict is never
 *   maybe-closed: the RecommendationFulfilled after it says so.
 * - step-recorded: one step of the current version was recorded.
 */
export type DeadlineFact =
  | { kind: 'deadline-set'; stream: string; subject: DeadlineSubject; version: number; dueAt: string; ladderFrom?: string }
  | { kind: 'closed' | 'maybe-closed'; stream: string; subject: DeadlineSubject }
  | { kind: 'step-recorded'; stream: string; subject: DeadlineSubject; version: number; stepKey: string };

export const DEADLINE_SET_EVENT_TYPES = ['RecommendationIssued', 'DeadlineExtensionApproved', 'ObligationScheduled'] as const;
export const CLOSING_EVENT_TYPES = ['RecommendationClosed', 'RecommendationFulfilled', 'NotActionableAccepted', 'ObligationFulfilled', 'ObligationCancelled'] as const;
export const STEP_EVENT_TYPES = ['DeadlineReminderSent', 'DeadlineMarkedOverdue', 'DeadlineEscalated'] as const;
/** Every event type deadlineFactOf can say something about (a store-side filter). */
export const DEADLINE_FACT_EVENT_TYPES: string[] = [...DEADLINE_SET_EVENT_TYPES, ...CLOSING_EVENT_TYPES, ...STEP_EVENT_TYPES, 'FollowUpVerified'];

interface EventLike {
  type: string;
  stream: string;
  data: Record<string, unknown>;
}

/** The deadline fact an event carries, or null. Events are trusted as stored (the deciders wrote them). */
export function deadlineFactOf(event: EventLike): DeadlineFact | null {
  const subject = subjectOfStream(event.stream);
  if (!subject) return null;
  const base = { stream: event.stream, subject };
  const data = event.data;
  switch (event.type) {
    case 'RecommendationIssued':
    case 'DeadlineExtensionApproved':
    case 'ObligationScheduled': {
      const deadline = data.deadline as { version: number; dueAt: string; ladderFrom?: string };
      const late = deadline.ladderFrom === undefined ? {} : { ladderFrom: deadline.ladderFrom };
      return { kind: 'deadline-set', ...base, version: deadline.version, dueAt: deadline.dueAt, ...late };
    }
    case 'RecommendationClosed':
    case 'RecommendationFulfilled':
    case 'NotActionableAccepted':
    case 'ObligationFulfilled':
    case 'ObligationCancelled':
      return { kind: 'closed', ...base };
    case 'FollowUpVerified':
      return data.verdict === 'sesuai' && data.completion === undefined ? { kind: 'maybe-closed', ...base } : null;
    case 'DeadlineReminderSent':
      return { kind: 'step-recorded', ...base, version: data.deadlineVersion as number, stepKey: stepKey({ type: 'reminder', daysBefore: data.daysBefore as number }) };
    case 'DeadlineMarkedOverdue':
      return { kind: 'step-recorded', ...base, version: data.deadlineVersion as number, stepKey: stepKey({ type: 'overdue' }) };
    case 'DeadlineEscalated':
      return { kind: 'step-recorded', ...base, version: data.deadlineVersion as number, stepKey: stepKey({ type: 'escalation', level: data.level as number }) };
    default:
      return null;
  }
}

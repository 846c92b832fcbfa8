import { dateInZone, daysBetween, type TimeZone } from '@app/kernel';
import type { Fulfilment } from './item-facts';
import { lateness } from './lateness';

/** A recommendation or PKS obligation as the follow-up lists show it, judged at `now`. */
export interface FollowUpItemView {
  id: string;
  subject: 'recommendation' | 'obligation';
  stream: string;
  kind: string;
  status: string;
  open: boolean;
  entityCode: string;
  entityName: string | null;
  provinceCode: string | null;
  unitIds: string[];
  source: { type: string; ref: string };
  title: string;
  /** Obligations: the start of their reporting period. */
  issuedOn: string;
  periodKey: string | null;
  deadline: { version: number; dueOn: string; dueAt: string; timeZone: TimeZone; setBy: string };
  /** Open, past the due instant and not awaiting the verdict on a follow-up sent by the due date. */
  overdue: boolean;
  /** By business dates (see lateness): fulfilled after dueOn, or overdue while open; null when ended otherwise. */
  late: boolean | null;
  /** Calendar days past dueOn in the provider's zone while overdue (1 on the first day); null otherwise. */
  daysOverdue: number | null;
  followUps: number;
  reminders: { sent: number; lastAt: string | null; lastDaysBefore: number | null };
  /** Marked overdue by the deadline workers, for the current deadline version. */
  overdueMarkedAt: string | null;
  escalation: { level: number; to: string; at: string } | null;
  extension: string | null;
  notActionable: string | null;
  closure: { kind: string; closedOn: string; reason: string } | null;
}

const nullable = (value: string | undefined): string | null => (value ? value : null);

/** Days late: today (in the provider's zone) minus dueOn; the due day's end is the first overdue instant, so ≥ 1. */
export const daysOverdueAt = (dueOn: string, zone: TimeZone, now: Date): number => daysBetween(dueOn, dateInZone(now, zone));

/**
 * Builds the view from the item hash; `settled` is the fulfilment its facts show for an item the
 * projection marked unsettled (legacy path: a v1 sesuai verdict or item closure that may have
 * fulfilled it without a RecommendationFulfilled). `awaitingOnTime`: a follow-up sent by the due
 * date awaits its verdict (see submittedOnTime), so the item is not overdue.
 */
export function itemView(sid: string, h: Record<string, string>, entityName: string | null, settled: Fulfilment | null, now: Date, awaitingOnTime = false): FollowUpItemView {
  const open = h.open === '1' && !settled;
  const version = h.deadlineVersion;
  const zone = h.timeZone as TimeZone;
  const overdue = open && now.getTime() >= Date.parse(h.dueAt) && !awaitingOnTime;
  const closure = settled
    ? { kind: 'verified', closedOn: settled.closedOn, reason: settled.reason }
    : h.closureKind
      ? { kind: h.closureKind, closedOn: h.closedOn, reason: h.closureKind === 'not_actionable' ? h.notActionableReason || h.closureReason : h.closureReason }
      : null;
  return {
    id: h.id,
    subject: h.subject as FollowUpItemView['subject'],
    stream: sid,
    kind: h.kind,
    status: settled ? 'sesuai' : h.status,
    open,
    entityCode: h.entityCode,
    entityName,
    provinceCode: nullable(h.provinceCode),
    unitIds: h.unitIds ? h.unitIds.split(',') : [],
    source: { type: h.sourceType, ref: h.sourceRef },
    title: h.title,
    issuedOn: h.issuedOn,
    periodKey: nullable(h.periodKey),
    deadline: { version: Number(version), dueOn: h.dueOn, dueAt: h.dueAt, timeZone: zone, setBy: h.deadlineSetBy },
    overdue,
    late: lateness({ open, overdue, dueOn: h.dueOn, closure }),
    daysOverdue: overdue ? daysOverdueAt(h.dueOn, zone, now) : null,
    followUps: Number(h.followUps ?? 0),
    reminders: { sent: Number(h.remindersSent ?? 0), lastAt: nullable(h.lastReminderAt), lastDaysBefore: h.lastReminderDaysBefore ? Number(h.lastReminderDaysBefore) : null },
    overdueMarkedAt: h.overdueVersion === version ? nullable(h.overdueMarkedAt) : null,
    escalation: h.escalationVersion === version && Number(h.escalationLevel) > 0 ? { level: Number(h.escalationLevel), to: h.escalatedTo, at: h.escalatedAt } : null,
    extension: nullable(h.extension),
    notActionable: nullable(h.notActionable),
    closure,
  };
}

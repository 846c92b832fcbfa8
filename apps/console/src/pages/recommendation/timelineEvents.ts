import type { TFunction } from 'i18next';
import { formatDate, formatInstant } from '../../i18n/format';
import { escalationTarget } from '../follow-up/escalation';
import type { RecommendationView } from './recommendation';

export interface TimelineEvent {
  /** Milliseconds, for ordering business dates and recorded instants on one line. */
  order: number;
  when: string;
  title: string;
  detail?: string;
  tone: 'gray' | 'blue' | 'green' | 'orange' | 'red' | 'grape';
}

const OFFSET_HOURS: Record<string, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** A business date is a day in the provider's zone: it starts at local midnight, before anything recorded that day. */
export function dateOrder(date: string, zone: string): number {
  return Date.parse(`${date}T00:00:00Z`) - (OFFSET_HOURS[zone] ?? 7) * 3_600_000;
}

export interface DeadlineSteps {
  reminders: { daysBefore: number; remindedAt: string }[];
  overdueMarks: { markedAt: string }[];
  escalations: { level: number; to: string; escalatedAt: string; deadlineVersion?: number }[];
}

/** The deadline workers' steps: reminders, the overdue mark, each rung of escalation (recorded instants). */
export function stepEvents(t: TFunction, steps: DeadlineSteps, zone: string): TimelineEvent[] {
  return [
    ...steps.reminders.map((r) => ({
      order: Date.parse(r.remindedAt),
      when: formatInstant(r.remindedAt, zone),
      title: t('recommendation.timeline.reminded', { count: r.daysBefore }),
      tone: 'gray' as const,
    })),
    ...steps.overdueMarks.map((m) => ({ order: Date.parse(m.markedAt), when: formatInstant(m.markedAt, zone), title: t('recommendation.timeline.overdue'), tone: 'red' as const })),
    ...steps.escalations.map((e) => ({
      order: Date.parse(e.escalatedAt),
      when: formatInstant(e.escalatedAt, zone),
      title: t('recommendation.timeline.escalated', { level: e.level }),
      detail: escalationTarget(t, e.to),
      tone: 'orange' as const,
    })),
  ];
}

/** Everything that happened to a recommendation, oldest first, each with its date as recorded. */
export function recommendationEvents(t: TFunction, r: RecommendationView): TimelineEvent[] {
  const zone = r.deadline.timeZone;
  const day = (date: string) => ({ order: dateOrder(date, zone), when: formatDate(date) });
  const events: TimelineEvent[] = [
    { ...day(r.issuedOn), title: t('recommendation.timeline.issued'), detail: t('recommendation.timeline.dueBy', { date: formatDate(r.deadlineHistory[0]?.dueOn ?? r.deadline.dueOn) }), tone: 'blue' },
  ];
  for (const item of r.actionItems) {
    events.push({ ...day(item.addedOn), title: t('recommendation.timeline.itemAdded', { unit: item.unitId }), detail: item.title, tone: 'gray' });
    if (item.closed) events.push({ ...day(item.closed.closedOn), title: t('recommendation.timeline.itemClosed', { unit: item.unitId }), detail: item.closed.note, tone: 'green' });
  }
  for (const f of r.followUps) {
    events.push({ ...day(f.submittedOn), title: t('recommendation.timeline.followUp', { via: t(`recommendation.via.${f.receivedVia}`) }), detail: f.summary, tone: 'blue' });
    if (f.verification)
      events.push({
        ...day(f.verification.verifiedOn),
        title: t('recommendation.timeline.verified', { verdict: t(`common.status.${f.verification.verdict}`) }),
        detail: f.verification.note,
        tone: f.verification.verdict === 'sesuai' ? 'green' : 'orange',
      });
  }
  for (const x of r.extensionRequests) {
    events.push({ ...day(x.requestedOn), title: t('recommendation.timeline.extensionAsked', { date: formatDate(x.proposedDueOn) }), detail: x.reason, tone: 'grape' });
    if (x.decision) {
      const version = r.deadlineHistory.find((d) => d.version === x.decision?.deadlineVersion);
      events.push({
        ...day(x.decision.decidedOn),
        title: x.outcome === 'approved' ? t('recommendation.timeline.extensionApproved', { date: formatDate(version?.dueOn ?? x.proposedDueOn) }) : t('recommendation.timeline.extensionRefused'),
        detail: x.decision.note || undefined,
        tone: x.outcome === 'approved' ? 'green' : 'orange',
      });
    }
  }
  for (const n of r.notActionableRequests) {
    events.push({ ...day(n.requestedOn), title: t('recommendation.timeline.notActionableAsked'), detail: n.reason, tone: 'grape' });
    if (n.decision)
      events.push({
        ...day(n.decision.decidedOn),
        title: n.outcome === 'accepted' ? t('recommendation.timeline.notActionableAccepted') : t('recommendation.timeline.notActionableRejected'),
        detail: n.decision.note || undefined,
        tone: n.outcome === 'accepted' ? 'grape' : 'orange',
      });
  }
  events.push(...stepEvents(t, r, zone));
  if (r.closure) events.push({ ...day(r.closure.closedOn), title: t('recommendation.timeline.closed'), detail: r.closure.reason, tone: 'gray' });
  // Stable: same-day events keep the order they were listed in (issue before follow-up before verdict).
  return events.map((event, index) => ({ event, index })).sort((a, b) => a.event.order - b.event.order || a.index - b.index).map(({ event }) => event);
}

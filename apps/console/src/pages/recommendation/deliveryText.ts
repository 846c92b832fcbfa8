import type { TFunction } from 'i18next';

const CHANNELS = ['email', 'digest', 'inbox', 'webhook'] as const;
const STATUSES = ['queued', 'delivered', 'retrying', 'failed', 'no_contact'] as const;

/** A channel in the officers' words; one added to the API later is shown by its own name until it has words here. */
export function channelLabel(t: TFunction, channel: string | null): string {
  if (!channel) return '—';
  return (CHANNELS as readonly string[]).includes(channel) ? t(`recommendation.deliveries.channels.${channel as (typeof CHANNELS)[number]}`) : channel;
}

export function deliveryStatus(t: TFunction, status: string): string {
  return (STATUSES as readonly string[]).includes(status) ? t(`recommendation.deliveries.statuses.${status as (typeof STATUSES)[number]}`) : status;
}

/** reminder-7d, overdue, escalation-2: the deadline step a delivery reported, as officers name it. */
export function deliveryStep(t: TFunction, step: string): string {
  const reminder = /^reminder-(\d+)d?$/.exec(step);
  if (reminder) return t('recommendation.deliveries.stepReminder', { count: Number(reminder[1]) });
  const escalation = /^escalation-(\d+)$/.exec(step);
  if (escalation) return t('recommendation.deliveries.stepEscalation', { level: Number(escalation[1]) });
  return step === 'overdue' ? t('recommendation.deliveries.stepOverdue') : step;
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../i18n/format';
import { channelLabel, deliveryStatus, deliveryStep } from '../recommendation/deliveryText';
import type { FollowUpItem } from './queue';

const ROLES = ['liaison', 'unit_head', 'regional_secretary', 'head_of_region', 'ombudsman_officer', 'ombudsman_leadership'] as const;

/**
 * Who was told last, and when: the last step routed to contacts with its first addressee and whether it
 * arrived (lists that carry it), else the last reminder sent. Plain text, so 50 rows stay quick.
 */
export function LastNotice({ item }: { item: FollowUpItem }) {
  const { t } = useTranslation();
  const zone = item.deadline.timeZone;
  const last = item.lastDelivery;
  const role = (name: string) => ((ROLES as readonly string[]).includes(name) ? t(`recommendation.deliveries.roles.${name as (typeof ROLES)[number]}`) : name);
  if (last) {
    const [first, ...others] = last.recipients;
    return (
      <>
        <Text size="sm">
          {deliveryStep(t, last.step)} · {formatInstant(last.routedAt, zone)}
        </Text>
        {first && (
          <Text size="xs" c={first.status === 'failed' ? 'red' : 'dimmed'}>
            {t('followUp.delivery', { name: first.name, channel: channelLabel(t, first.channel), status: deliveryStatus(t, first.status) })}
            {others.length > 0 ? ` ${t('followUp.otherRecipients', { count: others.length })}` : ''}
          </Text>
        )}
        {last.missingRoles.length > 0 && (
          <Text size="xs" c="orange">
            {t('followUp.noContact', { roles: last.missingRoles.map(role).join(', ') })}
          </Text>
        )}
      </>
    );
  }
  if (item.reminders.lastAt)
    return (
      <>
        <Text size="sm">{formatInstant(item.reminders.lastAt, zone)}</Text>
        <Text size="xs" c="dimmed">
          {t('followUp.remindersSent', { count: item.reminders.sent })}
        </Text>
      </>
    );
  return (
    <Text size="sm" c="dimmed">
      {t('followUp.notReminded')}
    </Text>
  );
}

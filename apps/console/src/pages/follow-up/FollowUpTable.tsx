import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, ianaZone } from '../../i18n/format';
import { escalationTarget } from './escalation';
import { LastNotice } from './LastNotice';
import type { FollowUpItem, Queue } from './queue';

const DAY_MS = 86_400_000;

/** The calendar day an instant falls on in the provider's zone: "7 days left" counts their days, not 24-hour spans. */
function dayIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ianaZone(zone), year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** Where an item's own page is: a recommendation's record, or a PKS obligation's. */
export function itemPath(item: FollowUpItem): string {
  return item.subject === 'obligation' ? `/kewajiban/${encodeURIComponent(item.id)}` : `/rekomendasi/${encodeURIComponent(item.id)}`;
}

/**
 * The rows of a queue as a plain table: 50 rows must show at once, so each cell is text or one badge,
 * never a component that fetches or measures itself.
 */
export function FollowUpTable({ items, queue, at }: { items: FollowUpItem[]; queue: Queue; at: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="queue-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followUp.column.title')}</Table.Th>
            <Table.Th>{t('followUp.column.provider')}</Table.Th>
            <Table.Th>{t('followUp.column.dueOn')}</Table.Th>
            <Table.Th>{queue === 'overdue' ? t('followUp.column.late') : t('followUp.column.timeLeft')}</Table.Th>
            <Table.Th>{t('followUp.column.escalation')}</Table.Th>
            <Table.Th>{t('followUp.column.reminded')}</Table.Th>
            <Table.Th>{t('followUp.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const zone = item.deadline.timeZone;
            const daysLeft = (Date.parse(item.deadline.dueOn) - Date.parse(dayIn(at, zone))) / DAY_MS;
            return (
              <Table.Tr key={item.id} data-item={item.id}>
                <Table.Td maw={360}>
                  <Anchor component={Link} to={itemPath(item)} size="sm" fw={500}>
                    {item.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`common.kind.${item.kind}`)}
                    {item.periodKey ? ` · ${item.periodKey}` : ''}
                  </Text>
                  {/* On a phone the row scrolls sideways: when and how late stay in view with the title. */}
                  <Text size="xs" hiddenFrom="sm" c={item.overdue ? 'red' : undefined} fw={item.overdue ? 600 : undefined}>
                    {formatDate(item.deadline.dueOn)} {zone}
                    {item.overdue && item.daysOverdue !== null ? ` · ${t('common.daysLate', { count: item.daysOverdue })}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.entityName ?? item.entityCode}</Text>
                  <Text size="xs" c="dimmed">
                    {[item.entityCode, ...item.unitIds].join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDate(item.deadline.dueOn)}</Text>
                  <Text size="xs" c="dimmed">
                    {zone}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {item.overdue && item.daysOverdue !== null ? (
                    <Text size="sm" c="red" fw={600} data-testid="days-late">
                      {t('common.daysLate', { count: item.daysOverdue })}
                    </Text>
                  ) : (
                    <Text size="sm">{daysLeft > 0 ? t('followUp.daysLeft', { count: daysLeft }) : t('followUp.dueToday')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.escalation ? (
                    <>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t('common.rung', { level: item.escalation.level })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {escalationTarget(t, item.escalation.to)} · {formatDate(item.escalation.at, zone)}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('followUp.notEscalated')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <LastNotice item={item} />
                </Table.Td>
                <Table.Td>
                  {/* max-content: a badge may shrink with an ellipsis, and the status must be read whole. */}
                  <div style={{ width: 'max-content' }}>
                    <StatusBadge status={item.status} />
                  </div>
                  {item.overdue && (
                    <Text size="xs" c="red" mt={4}>
                      {t('common.late')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

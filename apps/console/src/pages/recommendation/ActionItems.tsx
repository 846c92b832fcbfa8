import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { RecommendationView } from './recommendation';

/** The parts the liaison split the recommendation into, one per unit, each with its own due date. */
export function ActionItems({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  if (recommendation.actionItems.length === 0) return null;
  return (
    <section aria-labelledby="action-items">
      <Title order={3} size="h4" id="action-items" mb="xs">
        {t('recommendation.actionItems.title')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.unit')}</Table.Th>
              <Table.Th>{t('recommendation.actionItems.what')}</Table.Th>
              <Table.Th>{t('common.dueOn')}</Table.Th>
              <Table.Th>{t('recommendation.actionItems.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recommendation.actionItems.map((item) => (
              <Table.Tr key={item.itemId}>
                <Table.Td>{item.unitId}</Table.Td>
                <Table.Td>{item.title}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.dueOn)}</Table.Td>
                <Table.Td>
                  {item.closed ? (
                    <Text size="sm">{t('recommendation.actionItems.closed', { date: formatDate(item.closed.closedOn), note: item.closed.note })}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('recommendation.actionItems.open')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

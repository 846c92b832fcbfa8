import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ZoneBadge } from '../../components/StatusBadge';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Assessment } from './assessment-form';

/** Every score the assessment has had, oldest first: a correction never erases the score before it. */
export function ScoreHistory({ history }: { history: Assessment['history'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="history-title">
          {t('assessments.view.history')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table striped data-testid="history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.date')}</Table.Th>
                <Table.Th>{t('assessments.view.change')}</Table.Th>
                <Table.Th ta="right">{t('assessments.view.score')}</Table.Th>
                <Table.Th>{t('assessments.view.grade')}</Table.Th>
                <Table.Th>{t('assessments.view.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((h, i) => (
                <Table.Tr key={i}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(h.on)}</Table.Td>
                  <Table.Td>{t(`assessments.view.${h.change}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(h.score, 2)}</Table.Td>
                  <Table.Td>
                    <ZoneBadge zone={h.zone} category={h.category ?? undefined} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{h.reason ?? '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

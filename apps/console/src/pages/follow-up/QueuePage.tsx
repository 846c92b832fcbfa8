import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withQuery } from '../../api/download';
import { useMe } from '../../auth/me';
import { ExportButtons } from '../../components/ExportButtons';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatInstant } from '../../i18n/format';
import { FollowUpTable } from './FollowUpTable';
import { QueueFilterBar } from './QueueFilterBar';
import { NO_FILTERS, QUEUE_PATHS, queueQuery, useQueue, type Queue } from './queue';

const FILE_NAMES: Record<Queue, string> = { overdue: 'terlambat', dueSoon: 'jatuh-tempo', awaiting: 'menunggu-verifikasi' };

/** One of the officer's queues: filters, the table, "Muat lebih banyak", and an export of the same list. */
export function QueuePage({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState(NO_FILTERS);
  const pages = useQueue(queue, filters);
  const mayIssue = me.data?.role === 'officer' || me.data?.role === 'admin';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={2}>
          <Title order={2}>{t(`followUp.${queue}.title`)}</Title>
          <Text size="sm" c="dimmed">
            {t(`followUp.${queue}.intro`, { count: Number(filters.withinDays) })}
          </Text>
        </Stack>
        <Group gap="xs">
          {mayIssue && (
            <Button component={Link} to={withQuery('/rekomendasi/baru', { entity: filters.entity })} size="xs">
              {t('followUp.issue')}
            </Button>
          )}
          <ExportButtons path={withQuery(QUEUE_PATHS[queue], queueQuery(queue, filters))} name={FILE_NAMES[queue]} />
        </Group>
      </Group>
      <QueueFilterBar value={filters} onChange={setFilters} lookAhead={queue === 'dueSoon'} />
      <QueryState query={pages}>
        {(result) => {
          const items = result.pages.flatMap((page) => page.items);
          const at = result.pages[0]?.at ?? new Date().toISOString();
          return items.length === 0 ? (
            <Text c="dimmed" py="lg" data-testid="queue-empty">
              {t(`followUp.${queue}.empty`, { count: Number(filters.withinDays) })}
            </Text>
          ) : (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('followUp.shown', { count: items.length, at: formatInstant(at, 'WIB') })}
              </Text>
              <FollowUpTable items={items} queue={queue} at={at} />
              {pages.isFetchNextPageError && <ProblemAlert error={pages.error} onRetry={() => void pages.fetchNextPage()} />}
              {pages.hasNextPage && (
                <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} style={{ alignSelf: 'center' }}>
                  {t('common.more')}
                </Button>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

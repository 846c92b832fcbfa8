import { useState } from 'react';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatInstant } from '../../i18n/format';
import { Done } from './Done';

const failedKey = ['admin', 'notifications', 'failed'] as const;

/** Deliveries that failed every attempt (a webhook down, a mailbox refusing), newest first; a retry puts one back in the queue. */
export function FailedNotificationsTab() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const failed = useQuery({ queryKey: failedKey, queryFn: () => data(api.GET('/v1/admin/notifications/failed', { params: { query: { count: '100' } } })) });
  const retry = useMutation({
    mutationFn: (jobId: string) => data(api.POST('/v1/admin/notifications/failed/{jobId}/retry', { params: { path: { jobId } } })),
    onSuccess: (retried) => {
      setDone(t('admin.failed.retried', { target: retried.jobId, state: retried.state }));
      void queries.invalidateQueries({ queryKey: failedKey });
    },
  });
  return (
    <Stack gap="md">
      <Done message={done} />
      {retry.isError && <ProblemAlert error={retry.error} />}
      <QueryState query={failed}>
        {(list) =>
          list.items.length === 0 ? (
            <Text c="dimmed" data-testid="failed-empty">
              {t('admin.failed.empty')}
            </Text>
          ) : (
            <>
              <Text size="sm">{t('admin.failed.total', { count: list.total })}</Text>
              <Table.ScrollContainer minWidth={820}>
                <Table striped verticalSpacing="xs" data-testid="failed-notifications">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('admin.failed.event')}</Table.Th>
                      <Table.Th>{t('admin.failed.target')}</Table.Th>
                      <Table.Th>{t('admin.failed.reason')}</Table.Th>
                      <Table.Th>{t('admin.failed.failedAt')}</Table.Th>
                      <Table.Th>{t('common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((item) => (
                      <Table.Tr key={item.jobId}>
                        <Table.Td>
                          <Text size="sm">{item.eventType}</Text>
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {item.stream}
                          </Text>
                        </Table.Td>
                        <Table.Td>{item.target}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{item.failedReason}</Text>
                          <Text size="xs" c="dimmed">
                            {t('admin.failed.attempts', { count: item.attemptsMade })}
                          </Text>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(item.failedAt, 'WIB')}</Table.Td>
                        <Table.Td>
                          <Button size="compact-sm" variant="light" loading={retry.isPending && retry.variables === item.jobId} onClick={() => retry.mutate(item.jobId)}>
                            {t('admin.failed.retry')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../i18n/format';

/** What the provider still has to follow up, soonest due first; each links to its own page. */
export function OpenRecommendations({ code, timezone }: { code: string; timezone: string }) {
  const { t } = useTranslation();
  const items = useInfiniteQuery({
    queryKey: ['recommendations', 'open', code],
    queryFn: ({ pageParam }) => data(api.GET('/v1/recommendations', { params: { query: { entity: code, open: 'true', limit: '20', ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="open-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="open-title">
          {t('providers.open.title')}
        </Title>
        <QueryState query={items}>
          {(result) => {
            const all = result.pages.flatMap((page) => page.items);
            return all.length === 0 ? (
              <Text c="dimmed">{t('providers.open.empty')}</Text>
            ) : (
              <Stack gap="xs">
                <Table.ScrollContainer minWidth={480}>
                  <Table striped data-testid="open-recommendations">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('providers.open.subject')}</Table.Th>
                        <Table.Th>{t('providers.open.status')}</Table.Th>
                        <Table.Th>{t('providers.open.due')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {all.map((item) => (
                        <Table.Tr key={item.stream}>
                          <Table.Td>
                            <Anchor component={Link} to={item.subject === 'obligation' ? `/kewajiban/${encodeURIComponent(item.id)}` : `/rekomendasi/${encodeURIComponent(item.id)}`}>
                              {item.title}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {t(`common.kind.${item.kind}`)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <StatusBadge status={item.status} />
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                                {formatDate(item.deadline.dueOn, timezone)}
                              </Text>
                              {item.overdue && (
                                <Badge color="red" size="xs">
                                  {t('common.late')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {items.isFetchNextPageError && <ProblemAlert error={items.error} onRetry={() => void items.fetchNextPage()} />}
                {items.hasNextPage && (
                  <Button variant="default" size="xs" onClick={() => void items.fetchNextPage()} loading={items.isFetchingNextPage} style={{ alignSelf: 'center' }}>
                    {t('common.more')}
                  </Button>
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}

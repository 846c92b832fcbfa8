import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { NotificationCard } from './NotificationCard';

const PAGE = 50;

/**
 * My notifications: what is still unread on top, then what I have read, each newest first. Marking
 * read refreshes every ['inbox', …] query, the header's unread badge among them.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const inbox = useInfiniteQuery({
    queryKey: ['inbox', 'page'],
    queryFn: ({ pageParam }) => data(api.GET('/v1/me/notifications', { params: { query: { offset: String(pageParam), limit: String(PAGE) } } })),
    initialPageParam: 0,
    getNextPageParam: (page) => (page.offset + page.items.length < page.total ? page.offset + page.items.length : undefined),
  });
  const marked = (unread: number) => {
    setDone(t('inbox.marked', { count: unread }));
    void queries.invalidateQueries({ queryKey: ['inbox'] });
  };
  const readOne = useMutation({
    mutationFn: (id: string) => data(api.POST('/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: (answer) => marked(answer.unread),
  });
  const readAll = useMutation({
    mutationFn: () => data(api.POST('/v1/me/notifications/read-all')),
    onSuccess: (answer) => marked(answer.unread),
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('inbox.title')}</Title>
        <Button variant="light" onClick={() => readAll.mutate()} loading={readAll.isPending} disabled={(inbox.data?.pages[0]?.unread ?? 0) === 0}>
          {t('inbox.markAll')}
        </Button>
      </Group>
      {done && (
        <Text size="sm" c="green.8" aria-live="polite" data-testid="inbox-done">
          {done}
        </Text>
      )}
      {readOne.isError && <ProblemAlert error={readOne.error} />}
      {readAll.isError && <ProblemAlert error={readAll.error} />}
      <QueryState query={inbox}>
        {(pages) => {
          const items = pages.pages.flatMap((page) => page.items);
          const unread = items.filter((item) => !item.read);
          const read = items.filter((item) => item.read);
          if (items.length === 0) return <Text c="dimmed">{t('inbox.empty')}</Text>;
          const card = (item: (typeof items)[number]) => (
            <NotificationCard key={item.id} item={item} onRead={() => readOne.mutate(item.id)} marking={readOne.isPending && readOne.variables === item.id} />
          );
          return (
            <Stack gap="lg">
              <Stack gap="xs" data-testid="inbox-unread">
                <Title order={3} size="h5">
                  {t('inbox.unreadTitle', { count: pages.pages[0].unread })}
                </Title>
                {unread.length === 0 ? <Text size="sm" c="dimmed">{t('inbox.allRead')}</Text> : unread.map(card)}
              </Stack>
              {read.length > 0 && (
                <Stack gap="xs" data-testid="inbox-read">
                  <Title order={3} size="h5">
                    {t('inbox.readTitle')}
                  </Title>
                  {read.map(card)}
                </Stack>
              )}
              {inbox.hasNextPage && (
                <Button variant="default" onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage} style={{ alignSelf: 'start' }}>
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

import { Button, Text, Timeline } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { providerEvents } from './audit-api';
import { EventItem } from './EventItem';

/** Every event about one provider, across its streams, in log order; each names its stream (a link to that record's history). */
export function ProviderTimeline({ code }: { code: string }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: ['audit', 'provider', code],
    queryFn: ({ pageParam }) => providerEvents(code, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextAfter ?? undefined,
  });
  return (
    <QueryState query={query}>
      {(pages) => {
        const events = pages.pages.flatMap((page) => page.events);
        if (events.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
        return (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {t('audit.provider.indexedTo', { position: pages.pages[pages.pages.length - 1].indexedTo })}
            </Text>
            <Timeline bulletSize={14} lineWidth={2} active={events.length - 1} data-testid="provider-timeline">
              {events.map((event) => (
                <Timeline.Item key={event.id}>
                  <EventItem event={event} showStream />
                </Timeline.Item>
              ))}
            </Timeline>
            {query.hasNextPage && (
              <Button variant="default" mt="md" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {t('common.more')}
              </Button>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

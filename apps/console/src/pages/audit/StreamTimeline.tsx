import { Button, Text, Timeline } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { streamEvents } from './audit-api';
import { EventItem } from './EventItem';

/** A stream's events in revision order, a page of 100 at a time. */
export function StreamTimeline({ stream }: { stream: string }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: ['audit', 'stream', stream],
    queryFn: ({ pageParam }) => streamEvents(stream, pageParam),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextRevision ?? undefined,
  });
  return (
    <QueryState query={query}>
      {(pages) => {
        const events = pages.pages.flatMap((page) => page.events);
        if (events.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
        return (
          <>
            <Timeline bulletSize={14} lineWidth={2} active={events.length - 1} data-testid="audit-timeline">
              {events.map((event) => (
                <Timeline.Item key={event.id}>
                  <EventItem event={event} />
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

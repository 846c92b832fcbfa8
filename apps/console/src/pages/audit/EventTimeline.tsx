import { Button, Text, Timeline } from '@mantine/core';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditedEvent } from './audit-api';
import { EventItem } from './EventItem';

/** Events as a timeline, oldest first, with "load more" while the API has further pages: one record's or one provider's. */
export function EventTimeline({ events, query, showStream = false, testId }: { events: AuditedEvent[]; query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>; showStream?: boolean; testId: string }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} active={events.length - 1} data-testid={testId}>
        {events.map((event) => (
          <Timeline.Item key={event.id}>
            <EventItem event={event} showStream={showStream} />
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
}

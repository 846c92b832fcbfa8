import { Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { providerEvents } from './audit-api';
import { EventTimeline } from './EventTimeline';

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
        return (
          <>
            {events.length > 0 && (
              <Text size="sm" c="dimmed" mb="sm">
                {t('audit.provider.indexedTo', { position: pages.pages[pages.pages.length - 1].indexedTo })}
              </Text>
            )}
            <EventTimeline events={events} query={query} showStream testId="provider-timeline" />
          </>
        );
      }}
    </QueryState>
  );
}

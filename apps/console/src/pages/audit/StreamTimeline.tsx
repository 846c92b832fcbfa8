import { useInfiniteQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState';
import { streamEvents } from './audit-api';
import { EventTimeline } from './EventTimeline';

/** A stream's events in revision order, a page of 100 at a time. */
export function StreamTimeline({ stream }: { stream: string }) {
  const query = useInfiniteQuery({
    queryKey: ['audit', 'stream', stream],
    queryFn: ({ pageParam }) => streamEvents(stream, pageParam),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextRevision ?? undefined,
  });
  return (
    <QueryState query={query}>
      {(pages) => {
        return <EventTimeline events={pages.pages.flatMap((page) => page.events)} query={query} testId="audit-timeline" />;
      }}
    </QueryState>
  );
}

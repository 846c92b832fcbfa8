import type { AllFilter, RecordedEvent } from '@app/event-store';

/** An $all filter as a test on one event: the same rule the store applies (each given list must match). */
export type EventTest = (event: RecordedEvent) => boolean;

export function eventTest(filter: AllFilter | undefined): EventTest {
  const types = filter?.eventTypes?.length ? new Set(filter.eventTypes) : null;
  const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : null;
  if (!types && !prefixes) return () => true;
  return (event) => (types === null || types.has(event.type)) && (prefixes === null || prefixes.some((prefix) => event.stream.startsWith(prefix)));
}

/**
 * The narrowest filter one read of the log can carry for several readers: the union of their
 * event types when every one names its types (and no stream prefixes), else none (the whole log).
 * Each reader then applies its own filter to what the read yields (eventTest).
 */
export function unionFilter(filters: ReadonlyArray<AllFilter | undefined>): AllFilter | undefined {
  if (filters.length === 1) return filters[0];
  const types = new Set<string>();
  for (const filter of filters) {
    if (!filter?.eventTypes?.length || filter.streamPrefixes?.length) return undefined;
    for (const type of filter.eventTypes) types.add(type);
  }
  return { eventTypes: [...types] };
}

import { HttpStatus, Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, StreamNotFound } from '@app/event-store';
import { notFound } from '@app/kernel';
import { ProblemException } from '@app/platform/http';
import { ReadModelReader, decodeReply, type ReadModelView } from '@app/platform/projections';
import { REDIS, type RedisClient } from '@app/platform/redis';
import { entityStream } from '@app/registry';
import { PROVIDER_EVENTS_READ_MODEL, parseEventMember, providerEventKeys as K, type IndexedEvent } from '../../read-models/provider-events.keys';
import { audited, type AuditedEvent } from '../audited-event';
import { firstInLogOrder, type RangeRead } from './first-in-log-order';
import { revisionRanges } from './log-order-merge';
import { ReadProviderEventsQuery } from './read-provider-events.query';

export interface ProviderEventsPage {
  entityCode: string;
  /** In log order (ascending position). */
  events: AuditedEvent[];
  /** Pass as `after` for the next page; null when the index holds nothing more. */
  nextAfter: string | null;
  /** The log position the index had reached when this page was read. */
  indexedTo: string;
}

export const READ_YOUR_WRITES_WAIT_MS = 3_000;

const unavailable = (code: string, detail: string) =>
  new ProblemException({ status: HttpStatus.SERVICE_UNAVAILABLE, code, detail, headers: { 'Retry-After': '1' } });

/**
 * Every event about one provider, a page at a time. The work is bounded by the provider and
 * the page, never by the log: one set read for its streams, a few pipelined rounds of small
 * sorted-set ranges (firstInLogOrder), then one store read per stream of exactly the events on
 * the page. Events are returned exactly as stored (not upcast), as for a single stream.
 */
@QueryHandler(ReadProviderEventsQuery)
export class ReadProviderEventsHandler implements IQueryHandler<ReadProviderEventsQuery, ProviderEventsPage> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: ReadModelReader,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  async execute({ entityCode, after, limit, minPosition }: ReadProviderEventsQuery): Promise<ProviderEventsPage> {
    await this.requireProvider(entityCode);
    const view = await this.view(minPosition);
    // Members are stored as projections encode text; view.key and the store expect stream names as written.
    const streams = decodeReply(await this.redis.smembers(view.key(K.streamsOf(entityCode)))) as string[];
    const { page, more } = await firstInLogOrder(streams, after, limit, (reads) => this.ranges(view, reads));
    return {
      entityCode,
      events: await this.read(page),
      nextAfter: more ? page[page.length - 1].position.toString() : null,
      indexedTo: view.checkpoint.toString(),
    };
  }

  /** The log itself says whether the provider exists, so a lagging index never turns it into a 404. */
  private async requireProvider(entityCode: string): Promise<void> {
    try {
      await this.store.readStream(entityStream(entityCode), { maxCount: 1 });
    } catch (error) {
      if (error instanceof StreamNotFound) throw notFound('EntityNotFound', `Provider ${entityCode} is not registered`);
      throw error;
    }
  }

  private async view(minPosition: bigint | undefined): Promise<ReadModelView> {
    if (minPosition !== undefined && !(await this.reader.waitForPosition(PROVIDER_EVENTS_READ_MODEL, minPosition, READ_YOUR_WRITES_WAIT_MS))) {
      throw unavailable('ReadModelBehind', `The ${PROVIDER_EVENTS_READ_MODEL} index has not reached position ${minPosition} within ${READ_YOUR_WRITES_WAIT_MS / 1000} s; retry shortly`);
    }
    const view = await this.reader.active(PROVIDER_EVENTS_READ_MODEL);
    if (!view) throw unavailable('ReadModelNotReady', `The ${PROVIDER_EVENTS_READ_MODEL} index has not been built yet; retry shortly`);
    return view;
  }

  /** A round of range reads on the streams' sorted sets, pipelined into one round trip. */
  private async ranges(view: ReadModelView, reads: RangeRead[]): Promise<IndexedEvent[][]> {
    const pipeline = this.redis.pipeline();
    for (const { stream, after, count } of reads) pipeline.zrangebyscore(view.key(K.eventsOf(stream)), `(${after}`, '+inf', 'LIMIT', 0, count);
    const replies = (await pipeline.exec()) ?? [];
    return replies.map(([error, members], i) => {
      if (error) throw error;
      const { stream, after } = reads[i];
      // Scores are doubles, exact up to 2^53 (an EventStoreDB log of 9 PB); the member holds the exact position.
      return (members as string[]).map((member) => parseEventMember(stream, member)).filter((e): e is IndexedEvent => e !== null && e.position > after);
    });
  }

  /** The page's events from the store, one read per stream, put back in log order. */
  private async read(page: IndexedEvent[]): Promise<AuditedEvent[]> {
    const byKey = new Map<string, AuditedEvent>();
    await Promise.all(
      revisionRanges(page).map(async ({ stream, fromRevision, count }) => {
        for (const event of await this.store.readStream(stream, { fromRevision, maxCount: count })) byKey.set(`${stream}@${event.revision}`, audited(event));
      }),
    );
    return page.flatMap(({ stream, revision }) => byKey.get(`${stream}@${revision}`) ?? []);
  }
}

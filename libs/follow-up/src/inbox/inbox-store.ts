import { ConcurrencyError, StreamNotFound, eventIdFor, nameBasedId, type EventStore, type NewEvent } from '@app/event-store';
import { SYSTEM_ACTOR, type Actor } from '@app/kernel';
import type { Clock } from '@app/platform/clock';
import type { AggregateStore, CommandMeta } from '@app/platform/commands';
import type { ReadModelGate, ReadSource } from '@app/platform/read-query';
import { pipelined } from '@app/platform/read-query';
import { inboxDecider, type InboxState } from './domain/inbox.decider';
import { inboxStream, type InboxEvent } from './domain/inbox.events';
import { INBOX_READ_MODEL, inboxKeys as K } from './read-model/inbox.keys';
import type { StoredInboxNotification } from './read-model/inbox.projection';

/** One in-app notification of a signed-in user. */
export type InboxNotification = StoredInboxNotification & { read: boolean };

export interface InboxPage {
  items: InboxNotification[];
  total: number;
  unread: number;
}

export interface MarkedRead {
  marked: number;
  /** The log position of the read mark (or of the inbox's last event when nothing changed). */
  position: bigint;
}

/**
 * The in-app inbox per user (token `sub`). Writes are events on the user's `inbox-<sub>` stream
 * (the delivery worker posts, the user marks read); pages are answered from the `inbox` read
 * model, after it has caught up with the caller's own read mark.
 */
export class InboxStore {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly store: EventStore,
    private readonly gate: ReadModelGate,
    private readonly clock: Clock,
  ) {}

  /**
   * Posts a notification; posting the same id again (a retried delivery) records nothing.
   * Without reading the user's inbox: it grows with every step routed to them, and a post would
   * cost as much as the whole inbox. The entry is checked by the decider (against an empty
   * inbox: nothing it checks on a post depends on earlier ones), and "posted already" is the
   * store's to say — the event id derives from the notification's, and appending ids already in
   * the stream writes nothing.
   */
  async put(sub: string, notification: Omit<InboxNotification, 'read'>): Promise<void> {
    const { id, ...rest } = notification;
    const commandId = nameBasedId(`inbox:${sub}:${id}`);
    const meta: CommandMeta = { commandId, correlationId: commandId, causationId: commandId, actor: SYSTEM_ACTOR, issuedAt: this.clock.now() };
    const command = { type: 'PostNotification' as const, data: { userSub: sub, entry: { notificationId: id, ...rest } }, actor: SYSTEM_ACTOR, now: meta.issuedAt };
    const events = inboxDecider.decide(command, inboxDecider.initialState()).map((event, index) => storedForm(event, index, meta));
    const stream = inboxStream(sub);
    for (let race = 0; ; race++) {
      try {
        await this.store.append(stream, events, (await this.exists(stream)) ? 'stream_exists' : 'no_stream');
        return;
      } catch (error) {
        // Only a first post racing another one to create the stream: the next turn finds it.
        if (!(error instanceof ConcurrencyError) || race >= 3) throw error;
      }
    }
  }

  /** One indexed row at most, never the whole inbox. */
  private async exists(stream: string): Promise<boolean> {
    try {
      return (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
    } catch (error) {
      if (error instanceof StreamNotFound) return false;
      throw error;
    }
  }

  /** Newest first; `minPosition` waits for the caller's own read mark to show. */
  page(actor: Actor, offset: number, limit: number, minPosition?: bigint): Promise<InboxPage> {
    return this.gate.read(INBOX_READ_MODEL, actor, { minPosition }, (source) => pageOf(source, actor.id, offset, limit));
  }

  /** Marks the caller's own notifications read: the ids given (404 NotificationNotFound for one they lack) or `all`. */
  async markRead(meta: CommandMeta, notificationIds: string[] | 'all'): Promise<MarkedRead> {
    const sub = meta.actor.id;
    const stream = inboxStream(sub);
    const before = await this.aggregates.load<InboxState, never>(stream, inboxDecider);
    const command = { type: 'MarkNotificationsRead' as const, data: { userSub: sub, notificationIds }, actor: meta.actor, now: meta.issuedAt };
    // Decided once here only to count what this request marks; execute decides again on the current stream.
    const marked = inboxDecider.decide(command, before.state).reduce((n, e) => n + (e.type === 'InboxNotificationsRead' ? e.data.notificationIds.length : 0), 0);
    const result = await this.aggregates.execute({ stream, id: sub, decider: inboxDecider, command, meta });
    return { marked, position: BigInt(result.position) };
  }
}

/** As AggregateStore.execute stores a decided event (same id), so a post made before this path is still recognised. */
function storedForm(event: InboxEvent, index: number, meta: CommandMeta): NewEvent {
  return {
    id: eventIdFor(meta.commandId, index),
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { id: meta.actor.id, role: meta.actor.role },
      commandId: meta.commandId,
      correlationId: meta.correlationId,
      causationId: meta.causationId,
      occurredAt: meta.issuedAt.toISOString(),
    },
  };
}

async function pageOf({ redis, view }: ReadSource, sub: string, offset: number, limit: number): Promise<InboxPage> {
  const byTime = view.key(K.byTime(sub));
  const unreadKey = view.key(K.unread(sub));
  const [ids, total, unread] = (await pipelined(redis, [
    ['zrevrange', byTime, offset, offset + limit - 1],
    ['zcard', byTime],
    ['scard', unreadKey],
  ])) as [string[], number, number];
  if (ids.length === 0) return { items: [], total, unread };
  const [texts, flags] = (await pipelined(redis, [
    ['hmget', view.key(K.items(sub)), ...ids],
    ['smismember', unreadKey, ...ids],
  ])) as [Array<string | null>, number[]];
  const items = texts.flatMap((text, i) => (text ? [{ ...(JSON.parse(text) as StoredInboxNotification), read: flags[i] === 0 }] : []));
  return { items, total, unread };
}

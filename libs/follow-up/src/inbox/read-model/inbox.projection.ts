import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import { INBOX_EVENT_TYPES, type InboxEntry, type InboxEvent } from '../domain/inbox.events';
import { INBOX_READ_MODEL, inboxKeys as K } from './inbox.keys';

/** A projection op carries at most a few thousand arguments; "mark all read" may name more ids. */
const CHUNK = 1_000;

/** What a page shows of a notification, as stored: the entry with `id` for its notificationId. */
export type StoredInboxNotification = Omit<InboxEntry, 'notificationId'> & { id: string };

/**
 * Each user's inbox from their `inbox-<sub>` stream: posted notifications become unread entries,
 * read marks take them out of the unread set. The log is the system of record, so a flushed
 * Redis or a rebuild gives back every notification with its read mark.
 */
export const inboxProjection: Projection = {
  name: INBOX_READ_MODEL,
  version: 1,
  filter: { eventTypes: INBOX_EVENT_TYPES },
  apply(recorded: RecordedEvent): ProjectionOp[] {
    const event = recorded as unknown as InboxEvent;
    switch (event.type) {
      case 'InboxNotificationPosted': {
        const { userSub, notificationId, subjectStream, link, title, text, at } = event.data;
        const stored: StoredInboxNotification = { id: notificationId, subjectStream, link, title, text, at };
        return [
          op.hset(K.items(userSub), { [notificationId]: JSON.stringify(stored) }),
          op.zadd(K.byTime(userSub), Date.parse(at), notificationId),
          op.sadd(K.unread(userSub), notificationId),
        ];
      }
      case 'InboxNotificationsRead': {
        const { userSub, notificationIds } = event.data;
        const ops: ProjectionOp[] = [];
        for (let i = 0; i < notificationIds.length; i += CHUNK) ops.push(op.srem(K.unread(userSub), ...notificationIds.slice(i, i + CHUNK)));
        return ops;
      }
      default:
        return [];
    }
  },
};

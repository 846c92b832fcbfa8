import { streamName } from '@app/event-store';
import type { DomainEvent } from '@app/kernel';

/**
 * A user's inbox is a stream of its own, `inbox-<sub>`: the notifications routed to them and
 * their read marks, so both survive a lost Redis and the read model is rebuilt from the log.
 */
export const INBOX_CATEGORY = 'inbox';
export const inboxStream = (userSub: string): string => streamName(INBOX_CATEGORY, userSub);

/** One in-app notification as it was worded when its step was routed. */
export interface InboxEntry {
  /** Derived from the step's event and the contact, so a retried delivery posts nothing twice. */
  notificationId: string;
  /** The subject's stream (e.g. `recommendation-r1`) and the console link to it. */
  subjectStream: string;
  link: string;
  title: string;
  text: string;
  /** When the step happened. */
  at: string;
}

/** Posted by the delivery worker (the system actor). */
export type InboxNotificationPosted = DomainEvent<'InboxNotificationPosted', { userSub: string } & InboxEntry>;
/** The user (the event's actor, their token's `sub`) read these; one event for "mark one" and "mark all". */
export type InboxNotificationsRead = DomainEvent<'InboxNotificationsRead', { userSub: string; notificationIds: string[] }>;

export type InboxEvent = InboxNotificationPosted | InboxNotificationsRead;
export const INBOX_EVENT_TYPES: Array<InboxEvent['type']> = ['InboxNotificationPosted', 'InboxNotificationsRead'];

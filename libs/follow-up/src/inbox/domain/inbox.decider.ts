import { assertNever, forbidden, invalid, notFound, requireSystem, type Decider, type DomainCommand } from '@app/kernel';
import type { InboxEntry, InboxEvent } from './inbox.events';

/** The ids of a user's notifications and which of them are still unread. */
export interface InboxState {
  posted: Set<string>;
  unread: Set<string>;
}

export type PostNotification = DomainCommand<'PostNotification', { userSub: string; entry: InboxEntry }>;
/** `all`: every notification unread when the command is decided (one arriving later stays unread). */
export type MarkNotificationsRead = DomainCommand<'MarkNotificationsRead', { userSub: string; notificationIds: string[] | 'all' }>;
export type InboxCommand = PostNotification | MarkNotificationsRead;

const initialInboxState = (): InboxState => ({ posted: new Set(), unread: new Set() });

/**
 * Mutates the state it is given: a fold starts from a fresh initialState, and an inbox holds
 * thousands of notifications, which copying the sets on every event would make quadratic.
 */
function evolveInbox(state: InboxState, event: InboxEvent): InboxState {
  switch (event.type) {
    case 'InboxNotificationPosted':
      if (!state.posted.has(event.data.notificationId)) {
        state.posted.add(event.data.notificationId);
        state.unread.add(event.data.notificationId);
      }
      return state;
    case 'InboxNotificationsRead':
      for (const id of event.data.notificationIds) state.unread.delete(id);
      return state;
  }
}

/** Only the user marks their own notifications read; only the delivery worker posts them. */
function authorizeInbox(command: InboxCommand): void {
  if (command.type === 'PostNotification') return requireSystem(command.actor, 'Posting a notification');
  if (command.actor.id !== command.data.userSub) throw forbidden('NotYourInbox', 'You may mark only your own notifications read');
}

function decideInbox(command: InboxCommand, state: InboxState): InboxEvent[] {
  authorizeInbox(command);
  switch (command.type) {
    case 'PostNotification': {
      const { userSub, entry } = command.data;
      // The read model orders the inbox by this instant: an unreadable one would stop its projection.
      if (!Number.isFinite(Date.parse(entry.at))) throw invalid('InvalidNotificationTime', `at "${entry.at}" is not an instant`, [{ field: 'at', message: 'not an instant', allowed: 'an ISO 8601 instant' }]);
      return state.posted.has(entry.notificationId) ? [] : [{ type: 'InboxNotificationPosted', data: { userSub, ...entry } }];
    }
    case 'MarkNotificationsRead': {
      const { userSub, notificationIds } = command.data;
      if (notificationIds !== 'all') {
        // Another user's id answers like an unknown one: nothing about others' inboxes leaks.
        const unknown = notificationIds.find((id) => !state.posted.has(id));
        if (unknown !== undefined) throw notFound('NotificationNotFound', `You have no notification ${unknown}`);
      }
      const ids = (notificationIds === 'all' ? [...state.unread] : [...new Set(notificationIds)]).filter((id) => state.unread.has(id));
      return ids.length === 0 ? [] : [{ type: 'InboxNotificationsRead', data: { userSub, notificationIds: ids } }];
    }
    default:
      return assertNever(command);
  }
}

export const inboxDecider: Decider<InboxState, InboxCommand, InboxEvent> = {
  initialState: initialInboxState,
  evolve: evolveInbox,
  decide: decideInbox,
  authorize: authorizeInbox,
};

import { SYSTEM_ACTOR, type Actor } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { inboxDecider, type InboxCommand } from './inbox.decider';
import type { InboxEntry, InboxEvent } from './inbox.events';

const spec = deciderSpec(inboxDecider);
const now = new Date('2025-06-01T03:00:00Z');
const siti: Actor = { id: 'siti', role: 'liaison', entityCode: '64.01' };
const budi: Actor = { id: 'budi', role: 'officer', provinces: ['64'] };

const entry = (notificationId: string): InboxEntry => ({ notificationId, subjectStream: 'recommendation-r1', link: 'https://konsol/r1', title: 'Terlambat', text: '…', at: '2025-05-31T16:00:00.000Z' });
const posted = (id: string): InboxEvent => ({ type: 'InboxNotificationPosted', data: { userSub: 'siti', ...entry(id) } });
const read = (...ids: string[]): InboxEvent => ({ type: 'InboxNotificationsRead', data: { userSub: 'siti', notificationIds: ids } });
const post = (id: string, actor: Actor = SYSTEM_ACTOR): InboxCommand => ({ type: 'PostNotification', data: { userSub: 'siti', entry: entry(id) }, actor, now });
const mark = (notificationIds: string[] | 'all', actor: Actor = siti): InboxCommand => ({ type: 'MarkNotificationsRead', data: { userSub: 'siti', notificationIds }, actor, now });

describe('inbox decider', () => {
  it('posts a notification once: a retried delivery records nothing', () => {
    spec.given([]).when(post('n1')).then([posted('n1')]);
    spec.given([posted('n1')]).when(post('n1')).then([]);
  });

  it('refuses a notification without a readable instant (the inbox is ordered by it)', () => {
    const command = post('n1');
    if (command.type === 'PostNotification') command.data.entry.at = '2025-05-32T16:00:00.000Z';
    spec.given([]).when(command).thenThrows('InvalidNotificationTime', 'invalid');
  });

  it('lets only the delivery worker post', () => {
    spec.given([]).when(post('n1', siti)).thenThrows('RoleNotAllowed', 'forbidden');
  });

  it('records a read mark for an unread notification, and nothing for one already read', () => {
    spec.given([posted('n1'), posted('n2')]).when(mark(['n2'])).then([read('n2')]);
    spec.given([posted('n1'), read('n1')]).when(mark(['n1'])).then([]);
  });

  it('answers 404 NotificationNotFound for an id the inbox does not hold', () => {
    spec.given([posted('n1')]).when(mark(['n9'])).thenThrows('NotificationNotFound', 'not_found');
  });

  it('marks every unread notification at once, and nothing when none is unread', () => {
    spec.given([posted('n1'), posted('n2'), posted('n3'), read('n2')]).when(mark('all')).then([read('n1', 'n3')]);
    spec.given([posted('n1'), read('n1')]).when(mark('all')).then([]);
  });

  it("refuses anyone marking another user's inbox", () => {
    spec.given([posted('n1')]).when(mark(['n1'], budi)).thenThrows('NotYourInbox', 'forbidden');
  });
});

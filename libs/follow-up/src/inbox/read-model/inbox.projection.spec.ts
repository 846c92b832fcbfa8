import { MemoryReadModel } from '@app/platform/testing';
import type { InboxEvent } from '../domain/inbox.events';
import { inboxKeys as K } from './inbox.keys';
import { inboxProjection } from './inbox.projection';

const posted = (userSub: string, id: string, at: string): InboxEvent => ({
  type: 'InboxNotificationPosted',
  data: { userSub, notificationId: id, subjectStream: 'recommendation-r1', link: 'https://konsol/r1', title: `t-${id}`, text: 'x', at },
});
const read = (userSub: string, ...ids: string[]): InboxEvent => ({ type: 'InboxNotificationsRead', data: { userSub, notificationIds: ids } });

describe('inbox projection', () => {
  it("keeps each user's notifications by time, unread until a read mark takes them out", () => {
    const m = new MemoryReadModel(inboxProjection)
      .feed('inbox-siti', posted('siti', 'n1', '2025-05-31T16:00:00.000Z'), posted('siti', 'n2', '2025-06-01T16:00:00.000Z'), read('siti', 'n1'))
      .feed('inbox-budi', posted('budi', 'n3', '2025-06-01T16:00:00.000Z'));
    expect(m.zrange(K.byTime('siti'))).toEqual([['n1', Date.parse('2025-05-31T16:00:00.000Z')], ['n2', Date.parse('2025-06-01T16:00:00.000Z')]]);
    expect(m.members(K.unread('siti'))).toEqual(['n2']);
    expect(m.members(K.unread('budi'))).toEqual(['n3']);
    expect(JSON.parse(m.hash(K.items('siti')).n2)).toEqual({ id: 'n2', subjectStream: 'recommendation-r1', link: 'https://konsol/r1', title: 't-n2', text: 'x', at: '2025-06-01T16:00:00.000Z' });
  });

  it('splits a read mark of thousands of ids into writes Redis takes', () => {
    const ids = Array.from({ length: 2_500 }, (_, i) => `n${i}`);
    const ops = inboxProjection.apply({ type: 'InboxNotificationsRead', data: { userSub: 'siti', notificationIds: ids } } as never);
    expect(ops.map((o) => (o.kind === 'srem' ? o.members.length : 0))).toEqual([1_000, 1_000, 500]);
  });
});

import type Redis from 'ioredis';
import type { NotificationJobData } from '../queues/job-types';
import type { NotificationSender } from './notification-senders';
import { NotificationProcessor, type Routing } from './notification.processor';
import type { Attempt } from './routed-deliveries';

/** Just the two commands the processor uses, with Redis semantics. */
function fakeRedis() {
  const keys = new Map<string, string>();
  const redis = {
    exists: async (key: string) => (keys.has(key) ? 1 : 0),
    set: async (key: string, value: string, ..._rest: unknown[]) => {
      if (keys.has(key)) return null;
      keys.set(key, value);
      return 'OK';
    },
  };
  return { redis: redis as unknown as Redis, keys };
}

const data: NotificationJobData = {
  target: 'webhook-abc',
  payload: { eventId: 'e1', type: 'DeadlineMarkedOverdue', stream: 'recommendation-r1', data: {}, occurredAt: '2025-05-09T16:00:00.000Z' },
};

describe('NotificationProcessor', () => {
  it('delivers, marks the delivery, and never sends that event to that target again', async () => {
    const { redis, keys } = fakeRedis();
    const sent: string[] = [];
    const sender: NotificationSender = { deliver: async (payload) => void sent.push(payload.eventId) };
    const processor = new NotificationProcessor(new Map([['webhook-abc', sender]]), redis, 'ofu:');
    await expect(processor.process({ id: 'e1|webhook-abc', data })).resolves.toBe('delivered');
    await expect(processor.process({ id: 'e1|webhook-abc', data })).resolves.toBe('already_delivered');
    expect(sent).toEqual(['e1']);
    expect([...keys.keys()]).toEqual(['ofu:notify:delivered:e1|webhook-abc']);
  });

  it('marks nothing when the target refused, so the retry sends again', async () => {
    const { redis, keys } = fakeRedis();
    const sender: NotificationSender = { deliver: async () => Promise.reject(new Error('HTTP 503')) };
    const processor = new NotificationProcessor(new Map([['webhook-abc', sender]]), redis, 'ofu:');
    await expect(processor.process({ id: 'e1|webhook-abc', data })).rejects.toThrow('HTTP 503');
    expect(keys.size).toBe(0);
  });

  it('completes a delivery whose target was removed from the configuration', async () => {
    const { redis } = fakeRedis();
    await expect(new NotificationProcessor(new Map(), redis, 'ofu:').process({ id: 'e1|webhook-abc', data })).resolves.toBe('target_removed');
  });

  it('numbers a retry job’s attempts on from those made before it existed, so its last one is final', async () => {
    const { redis } = fakeRedis();
    const attempts: Attempt[] = [];
    const routing = { deliveries: { deliver: async (_p: unknown, _d: unknown, attempt: Attempt) => void attempts.push(attempt) } } as unknown as Routing;
    const processor = new NotificationProcessor(new Map(), redis, 'ofu:', routing);
    const delivery = { subjectStream: 'recommendation-r1', contactId: 'kadis', channel: 'email', address: 'kadis@paserkab.go.id', userSub: null, subject: 's', text: 't', link: 'l', template: 'id/overdue@1' } as const;
    const retry: NotificationJobData = { target: 'contact-kadis-email', payload: data.payload, delivery, attemptsBefore: 1 };
    await processor.process({ id: 'e1|contact-kadis-email', data: retry, attemptsMade: 6, opts: { attempts: 7 } });
    expect(attempts).toEqual([{ number: 8, of: 8 }]);
  });
});

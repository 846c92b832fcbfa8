import type Redis from 'ioredis';
import type { NotificationPayload, RoutedDelivery } from '../queues/job-types';
import { DeliveredMarks } from './delivered-marks';
import { FirstAttempts, type RetryQueue, type RoutedJob } from './first-attempts';
import type { Attempt } from './routed-deliveries';

const payload: NotificationPayload = { eventId: 'e1', type: 'DeadlineMarkedOverdue', stream: 'recommendation-r1', data: {}, occurredAt: '2025-06-01T16:00:00.000Z' };
const routed = (contactId: string): RoutedJob => {
  const delivery: RoutedDelivery = {
    subjectStream: 'recommendation-r1',
    contactId,
    channel: 'email',
    address: `${contactId}@paserkab.go.id`,
    userSub: null,
    subject: 'Terlambat',
    text: '…',
    link: 'https://konsol/r1',
    template: 'id/overdue@1',
  };
  return { jobId: `e1|contact-${contactId}-email`, target: `contact-${contactId}-email`, delivery };
};
const jobs = [routed('siti'), routed('kadis'), routed('budi')];

/** Redis keys (delivered marks, stored jobs), a queue that stores what it is given, and a sender that refuses some addresses. */
function harness(options: { attempts: number; refuse?: string[] }) {
  const keys = new Set<string>();
  const redis = {
    exists: async (key: string) => (keys.has(key) ? 1 : 0),
    set: async (key: string) => (keys.has(key) ? null : (keys.add(key), 'OK')),
  };
  const added: Array<{ name: string; data: Record<string, unknown>; opts: Record<string, unknown> }> = [];
  const queue = {
    toKey: (jobId: string) => `bull:notifications:${jobId}`,
    addBulk: async (list: typeof added) => {
      added.push(...list);
      for (const job of list) keys.add(`bull:notifications:${String(job.opts.jobId)}`);
      return [];
    },
  } as unknown as RetryQueue;
  const attempts: Array<{ contactId: string; attempt: Attempt }> = [];
  const deliveries = {
    deliver: async (_payload: NotificationPayload, delivery: RoutedDelivery, attempt: Attempt) => {
      attempts.push({ contactId: delivery.contactId, attempt });
      if (options.refuse?.includes(delivery.contactId)) throw new Error('550 mailbox unavailable');
    },
  };
  const marks = new DeliveredMarks(redis as unknown as Redis, 'ofu:');
  const first = new FirstAttempts(deliveries, marks, queue, redis, { attempts: options.attempts, backoffMs: 5_000 });
  return { first, marks, keys, added, attempts };
}

describe('first attempts made by the route job', () => {
  it('delivers every recipient once, marks each delivered, and queues no job when all went through', async () => {
    const { first, marks, added, attempts } = harness({ attempts: 8 });
    await first.send(payload, jobs);
    expect(attempts).toEqual(jobs.map((j) => ({ contactId: j.delivery.contactId, attempt: { number: 1, of: 8 } })));
    expect(added).toEqual([]);
    for (const job of jobs) await expect(marks.isDelivered(job.jobId)).resolves.toBe(true);

    // The route job run again (a stalled worker, a retry) sends nothing twice.
    await first.send(payload, jobs);
    expect(attempts).toHaveLength(3);
  });

  it('queues a retry only for the recipient who failed, numbered on from its first attempt, with the back-off it would have had', async () => {
    const { first, marks, added, attempts } = harness({ attempts: 8, refuse: ['kadis'] });
    await first.send(payload, jobs);
    expect(attempts.map((a) => a.contactId)).toEqual(['siti', 'kadis', 'budi']);
    await expect(marks.isDelivered(routed('kadis').jobId)).resolves.toBe(false);
    await expect(marks.isDelivered(routed('budi').jobId)).resolves.toBe(true);
    expect(added).toEqual([
      {
        name: 'DeadlineMarkedOverdue → contact-kadis-email',
        data: { target: 'contact-kadis-email', payload, delivery: routed('kadis').delivery, attemptsBefore: 1 },
        // Attempt 2 after 5 s, then 10, 20, … as BullMQ's back-off of a job with all 8 attempts.
        opts: { jobId: 'e1|contact-kadis-email', attempts: 7, delay: 5_000, backoff: { type: 'exponential', delay: 10_000 } },
      },
    ]);

    // Run again while the retry is queued: the queued job delivers it, not a second first attempt.
    await first.send(payload, jobs);
    expect(attempts).toHaveLength(3);
    expect(added).toHaveLength(1);
  });

  it('with one attempt in all, queues every recipient as a job, so that a failure is parked where admins retry it', async () => {
    const { first, added, attempts } = harness({ attempts: 1 });
    await first.send(payload, jobs);
    expect(attempts).toEqual([]);
    expect(added.map((job) => [job.opts, job.data.attemptsBefore])).toEqual(jobs.map((j) => [{ jobId: j.jobId }, undefined]));
  });
});

import { DigestBook, digestSendAt, type DigestItem } from '@app/follow-up/processing';
import type { RedisClient } from '@app/platform/redis';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';

const contact = { contactId: 'rina', name: 'Rina', email: 'rina@ombudsman.go.id', language: 'id' as const, userSub: null };
const item = (stepEventId: string): DigestItem => ({
  subjectStream: 'recommendation-r1',
  stepEventId,
  headline: `Terlambat ${stepEventId}`,
  providerName: 'Kabupaten Paser',
  unit: null,
  dueDate: '31 Mei 2025 (WITA)',
  link: 'https://konsol.ombudsman.go.id/recommendations/r1',
});

describe.each(REDIS_TOPOLOGIES)('the digest book on $name', ({ start }) => {
  let server: RedisTopology;
  let redis: RedisClient;
  let book: DigestBook;

  beforeAll(async () => {
    server = await start();
    redis = server.client();
    book = new DigestBook(redis, 't:');
  }, 60_000);
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  it('sends the day’s digest at 07:00 the next morning in the provider’s zone', () =>
    expect(new Date(digestSendAt('2025-06-01', 'WITA')).toISOString()).toBe('2025-06-01T23:00:00.000Z'));

  it('lists a step once however often it is routed, hands the digest out only when due, and once settled never again', async () => {
    await book.collect(contact, '2025-06-01', 'WITA', item('e1'));
    await book.collect(contact, '2025-06-01', 'WITA', item('e2'));
    await book.collect(contact, '2025-06-01', 'WITA', item('e1'));
    expect(await book.takeDue(Date.parse('2025-06-01T22:59:59.000Z'))).toEqual([]);
    const [digest, ...others] = await book.takeDue(Date.parse('2025-06-01T23:00:00.000Z'));
    expect(others).toEqual([]);
    expect(digest.items.map((i) => i.stepEventId)).toEqual(['e1', 'e2']);
    await book.settle(digest);
    expect(await book.takeDue(Date.parse('2025-06-02T23:00:00.000Z'))).toEqual([]);
  });

  it('lists a step routed after its day’s digest went out in the next day’s digest, and never twice', async () => {
    expect(await book.collect(contact, '2025-06-05', 'WITA', item('e5'))).toBe('2025-06-05');
    const [sent] = await book.takeDue(digestSendAt('2025-06-05', 'WITA'));
    expect(sent.items.map((i) => i.stepEventId)).toEqual(['e5']);
    // Routed between the hand-out and its settling: the digest is closed already.
    expect(await book.collect(contact, '2025-06-05', 'WITA', item('e6'))).toBe('2025-06-06');
    await book.settle(sent);
    expect(await book.collect(contact, '2025-06-05', 'WITA', item('e7'))).toBe('2025-06-06');
    // A route job run again after its digest went out lists nothing again.
    expect(await book.collect(contact, '2025-06-05', 'WITA', item('e5'))).toBeNull();

    expect(await book.takeDue(digestSendAt('2025-06-06', 'WITA') - 1)).toEqual([]);
    const [next, ...others] = await book.takeDue(digestSendAt('2025-06-06', 'WITA'));
    expect(others).toEqual([]);
    expect(next.day).toBe('2025-06-06');
    expect(next.items.map((i) => i.stepEventId)).toEqual(['e6', 'e7']);
    await book.settle(next);
    // Two digests out: the third day takes the next late step.
    expect(await book.collect(contact, '2025-06-05', 'WITA', item('e8'))).toBe('2025-06-07');
    const [third] = await book.takeDue(digestSendAt('2025-06-07', 'WITA'));
    expect(third.items.map((i) => i.stepEventId)).toEqual(['e8']);
    await book.settle(third);
  });

  it('drops a due entry whose contact is gone, so no sweep reads it again', async () => {
    await book.collect(contact, '2025-06-03', 'WITA', item('e3'));
    await redis.del('t:{digest}:contact:rina|2025-06-03');
    expect(await book.takeDue(Date.parse('2025-06-04T00:00:00.000Z'))).toEqual([]);
    expect(await redis.zcard('t:{digest}:due')).toBe(0);
  });
});

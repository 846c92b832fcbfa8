import type { Actor } from '@app/kernel';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { entity, on, recommendation, step } from './support/events';
import { startReadModelsApp, type ReadModelsApp } from './support/read-models-app';

const auditor: Actor = { id: 'auditor', role: 'auditor' };
const paser = { entityCode: '64.01', provinceCode: '64' };
const DUE_ON = '2025-06-01';
const DUE_AT = '2025-06-01T16:00:00.000Z'; // end of 1 June in WITA
const rec = (id: string) => `recommendation-${id}`;
const submitted = (id: string, submittedOn: string) =>
  on(id, 'FollowUpSubmitted', { followUpId: `f-${id}`, itemId: null, summary: 'Done', evidence: [{ documentId: 'd', name: 'bukti.pdf', mediaType: 'application/pdf', size: 10, sha256: 'a'.repeat(64), storageKey: 'k' }], submittedOn });
const fulfilled = (id: string, fulfilledOn: string) => on(id, 'RecommendationFulfilled', { fulfilledOn, reason: `follow-up f-${id} verified sesuai`, closedActionItems: [] });
// Stored by the workers while the provider's dated follow-up was not yet entered.
const marked = (id: string) => step(id, 'DeadlineMarkedOverdue', { deadlineVersion: 1, dueAt: DUE_AT, markedAt: DUE_AT });

type Item = { id: string; open: boolean; overdue: boolean; late: boolean | null };

/** Lateness by business dates, through the real projection, Redis and the HTTP queues. */
describe.each(REDIS_TOPOLOGIES)('late or on time by business dates, in the follow-up queues on $name', ({ start }) => {
  let redis: RedisTopology;
  let api: ReadModelsApp;

  beforeAll(async () => {
    redis = await start();
    // 16 June 2025, 11:00 WITA: everything below was due on 1 June.
    api = await startReadModelsApp(redis, { now: new Date('2025-06-16T03:00:00Z') });
    await api.append('entity-64.01', entity('64.01', 'Kabupaten Paser', 'kabupaten', '64'));
    await api.append(rec('sent-on-time'), recommendation('sent-on-time', { ...paser, dueOn: DUE_ON }), marked('sent-on-time'), submitted('sent-on-time', DUE_ON));
    await api.append(rec('sent-late'), recommendation('sent-late', { ...paser, dueOn: DUE_ON }), marked('sent-late'), submitted('sent-late', '2025-06-02'));
    await api.append(rec('done-on-time'), recommendation('done-on-time', { ...paser, dueOn: DUE_ON }), marked('done-on-time'), submitted('done-on-time', DUE_ON), fulfilled('done-on-time', DUE_ON));
    await api.append(rec('done-late'), recommendation('done-late', { ...paser, dueOn: DUE_ON }), marked('done-late'), submitted('done-late', '2025-06-02'), fulfilled('done-late', '2025-06-02'));
    await api.caughtUp();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  const items = async (url: string): Promise<Record<string, Item>> => {
    const { status, body } = await api.get(url, auditor);
    expect(status).toBe(200);
    return Object.fromEntries((body as { items: Item[] }).items.map((i) => [i.id, i]));
  };

  it('the overdue queue lists only what is really late: not a follow-up sent on the due date and awaiting verification', async () => {
    const overdue = await items('/v1/follow-up/overdue');
    expect(Object.keys(overdue)).toEqual(['sent-late']);
    expect(overdue['sent-late']).toMatchObject({ open: true, overdue: true, late: true });
  });

  it('every item says whether it was late: fulfilled on the due date is on time, though marked overdue meanwhile; the day after is late', async () => {
    const all = await items('/v1/recommendations?entity=64.01');
    expect(all['sent-on-time']).toMatchObject({ open: true, overdue: false, late: false });
    expect(all['done-on-time']).toMatchObject({ open: false, overdue: false, late: false });
    expect(all['done-late']).toMatchObject({ open: false, overdue: false, late: true });
  });
});

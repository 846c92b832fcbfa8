import Redis from 'ioredis';
import { addDays, endOfDayInstant, type Actor, type TimeZone } from '@app/kernel';
import { ReadMemo, readScopeOf, type ReadSource } from '@app/platform/read-query';
import { listItems, recommendationsProjection, type ItemFilters } from '@app/follow-up';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { deadline, followUp, obligation, on, recommendation, verdict } from './support/events';
import { applyToRedis } from './support/redis-ops';

/** What the generator knows each item ends up as: the answer every query must agree with. */
interface Truth {
  sid: string;
  entity: string;
  province: string;
  units: Set<string>;
  kind: string;
  source: string;
  status: string;
  open: boolean;
  dueOn: string;
  dueAt: number;
  /** A follow-up sent by the due date awaits its verdict: never overdue meanwhile. */
  awaitingOnTime?: boolean;
}

const PROVIDERS = [
  { entityCode: '64.01', provinceCode: '64', zone: 'WITA' as TimeZone },
  { entityCode: '64.09', provinceCode: '64', zone: 'WITA' as TimeZone },
  { entityCode: '63.71', provinceCode: '63', zone: 'WITA' as TimeZone },
  { entityCode: '17.06', provinceCode: '17', zone: 'WIB' as TimeZone },
  { entityCode: '91.71', provinceCode: '91', zone: 'WIT' as TimeZone },
];
const UNITS = ['dpmptsp', 'dinkes', 'disdukcapil'];
const NOW = new Date('2025-06-16T03:00:00Z');

function generate(count: number): { events: Array<{ stream: string; type: string; data: unknown }>; truth: Truth[] } {
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 8) % n);
  const events: Array<{ stream: string; type: string; data: unknown }> = [];
  const truth: Truth[] = [];
  for (let i = 0; i < count; i++) {
    const p = PROVIDERS[rand(PROVIDERS.length)];
    // Half the closures and extensions repeat the province (as recorded now), half do not (as before).
    const tag = rand(2) === 0 ? { provinceCode: p.provinceCode } : {};
    const dueOn = addDays('2025-05-25', rand(40));
    const id = `r${String(i).padStart(4, '0')}`;
    if (rand(7) === 0) {
      const sid = `obligation-${id}`;
      const units = [UNITS[rand(3)]];
      events.push({ stream: sid, ...obligation(id, { entityCode: p.entityCode, provinceCode: p.provinceCode, dueOn, unitIds: units }) });
      (events[events.length - 1].data as { deadline: unknown }).deadline = deadline(dueOn, p.zone);
      const fulfilled = rand(3) === 0;
      if (fulfilled) events.push({ stream: sid, type: 'ObligationFulfilled', data: { obligationId: id, ...tag, evidence: [{}], fulfilledOn: '2025-06-01' } });
      truth.push({ sid, entity: p.entityCode, province: p.provinceCode, units: new Set(units), kind: 'obligation', source: 'pks', status: fulfilled ? 'fulfilled' : 'open', open: !fulfilled, dueOn, dueAt: endOfDayInstant(dueOn, p.zone).getTime() });
      continue;
    }
    const sid = `recommendation-${id}`;
    const unitId = UNITS[rand(3)];
    const kind = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi'][rand(3)];
    const source = ['assessment', 'lahp', 'supervision'][rand(3)];
    const t: Truth = { sid, entity: p.entityCode, province: p.provinceCode, units: new Set([unitId]), kind, source, status: 'belum_ditindaklanjuti', open: true, dueOn, dueAt: endOfDayInstant(dueOn, p.zone).getTime() };
    const add = (event: { type: string; data: unknown }) => events.push({ stream: sid, ...event });
    add(recommendation(id, { entityCode: p.entityCode, provinceCode: p.provinceCode, unitId, kind, source, dueOn, timeZone: p.zone }));
    switch (rand(6)) {
      case 0: // whole follow-up verified sesuai: fulfilled, which only the facts tell
        add(followUp(id, `f${i}`));
        add(verdict(id, `f${i}`, 'sesuai'));
        Object.assign(t, { status: 'sesuai', open: false });
        break;
      case 1: // judged belum sesuai: still open
        add(followUp(id, `f${i}`));
        add(verdict(id, `f${i}`, 'belum_sesuai'));
        t.status = 'belum_sesuai';
        break;
      case 2: {
        // two action items, one done: open; both done: fulfilled
        const both = rand(2) === 0;
        for (const item of ['a1', 'a2']) add(on(id, 'ActionItemAdded', { itemId: item, unitId: item === 'a1' ? unitId : 'disdukcapil', title: item, dueOn: '2025-05-20', dueAt: '2025-05-20T16:00:00.000Z' }));
        t.units.add('disdukcapil');
        for (const item of both ? ['a1', 'a2'] : ['a1']) {
          add(followUp(id, `f${i}${item}`, item));
          add(verdict(id, `f${i}${item}`, 'sesuai'));
          add(on(id, 'ActionItemClosed', { itemId: item, closedOn: '2025-05-21', note: '' }));
        }
        Object.assign(t, both ? { status: 'sesuai', open: false } : { status: 'belum_sesuai' });
        break;
      }
      case 3:
        add(on(id, 'RecommendationClosed', { ...tag, closedOn: '2025-05-01', reason: 'r' }));
        t.open = false;
        break;
      case 4: {
        const moved = addDays(dueOn, 20);
        add(on(id, 'DeadlineExtensionApproved', { ...tag, requestId: 'x', deadline: deadline(moved, p.zone, 2), approvedOn: '2025-05-01', note: '' }));
        Object.assign(t, { dueOn: moved, dueAt: endOfDayInstant(moved, p.zone).getTime() });
        break;
      }
      default:
        if (rand(2) === 0) {
          // A follow-up awaiting its verdict, sent by the due date or after it.
          const late = rand(2) === 0;
          add({ ...followUp(id, `f${i}`), data: { ...followUp(id, `f${i}`).data, submittedOn: addDays(dueOn, late ? 2 : -3) } });
          Object.assign(t, { status: 'menunggu_verifikasi', awaitingOnTime: !late });
        }
        break;
    }
    truth.push(t);
  }
  return { events, truth };
}

describe('Follow-up lists: both query plans agree with the facts, page after page', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let source: ReadSource;
  const { events, truth } = generate(600);
  const sharedMemo = new ReadMemo();

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
    source = { redis, view: await applyToRedis(redis, 'plans:', recommendationsProjection, events), now: NOW };
  });
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  const overdue = (t: Truth) => t.open && NOW.getTime() >= t.dueAt && !t.awaitingOnTime;
  const cases: Array<[string, ItemFilters, Actor, (t: Truth) => boolean]> = [
    ['everything', {}, { id: 'a', role: 'auditor' }, () => true],
    ['a province', { province: '64' }, { id: 'a', role: 'auditor' }, (t) => t.province === '64'],
    ['a provider', { entity: '17.06' }, { id: 'a', role: 'auditor' }, (t) => t.entity === '17.06'],
    ['a unit (incl. action items)', { unit: 'disdukcapil' }, { id: 'a', role: 'auditor' }, (t) => t.units.has('disdukcapil')],
    ['sesuai (settled from facts)', { status: 'sesuai' }, { id: 'a', role: 'auditor' }, (t) => t.status === 'sesuai'],
    ['menunggu_verifikasi, overdue', { status: 'menunggu_verifikasi', overdue: true }, { id: 'a', role: 'auditor' }, (t) => t.status === 'menunggu_verifikasi' && overdue(t)],
    ['belum_sesuai', { status: 'belum_sesuai' }, { id: 'a', role: 'auditor' }, (t) => t.status === 'belum_sesuai'],
    ['closed', { open: false }, { id: 'a', role: 'auditor' }, (t) => !t.open],
    ['overdue', { overdue: true }, { id: 'a', role: 'auditor' }, overdue],
    ['not overdue in a province', { overdue: false, province: '63' }, { id: 'a', role: 'auditor' }, (t) => !overdue(t) && t.province === '63'],
    ['kind and source', { kind: 'rekomendasi', source: 'lahp' }, { id: 'a', role: 'auditor' }, (t) => t.kind === 'rekomendasi' && t.source === 'lahp'],
    ['due dates', { dueAfter: '2025-06-01', dueBefore: '2025-06-20' }, { id: 'a', role: 'auditor' }, (t) => t.dueOn > '2025-06-01' && t.dueOn < '2025-06-20'],
    ['province, status and overdue', { province: '64', status: 'belum_sesuai', overdue: true }, { id: 'a', role: 'auditor' }, (t) => t.province === '64' && t.status === 'belum_sesuai' && overdue(t)],
    ["an officer's one province, overdue (its own queue)", { overdue: true }, { id: 'o', role: 'officer', provinces: ['64'] }, (t) => overdue(t) && t.province === '64'],
    ["a province's open items of a kind (its own queue)", { open: true, province: '63', kind: 'obligation' }, { id: 'a', role: 'auditor' }, (t) => t.open && t.province === '63' && t.kind === 'obligation'],
    ["an officer's provinces, overdue, of a kind (their queues merged)", { overdue: true, kind: 'rekomendasi' }, { id: 'o', role: 'officer', provinces: ['17', '91', '63'] }, (t) => overdue(t) && t.kind === 'rekomendasi' && ['17', '91', '63'].includes(t.province)],
    ["an officer's provinces", { open: true }, { id: 'o', role: 'officer', provinces: ['17', '91'] }, (t) => t.open && ['17', '91'].includes(t.province)],
    ["a liaison's provider", {}, { id: 'l', role: 'liaison', entityCode: '64.09' }, (t) => t.entity === '64.09'],
  ];

  it.each(cases)('%s', async (_name, filters, actor, expected) => {
    const want = truth.filter(expected).sort((a, b) => a.dueAt - b.dueAt || (a.sid < b.sid ? -1 : 1)).map((t) => t.sid);
    expect(want.length).toBeGreaterThan(0);
    // Without and with the memo of fulfilments (shared by every case, so later ones find it warm).
    for (const [plan, memo] of [['scan', undefined], ['materialize', undefined], ['materialize', sharedMemo], ['scan', sharedMemo]] as const) {
      const got: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listItems({ ...source, memo }, readScopeOf(actor), { ...filters, cursor, limit: 7 }, { plan, chunk: 5 });
        got.push(...page.items.map((i) => i.stream));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect([plan, !!memo, got]).toEqual([plan, !!memo, want]);
    }
  });
});

describe('Follow-up lists: what a page reads', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let source: ReadSource;
  const { events } = generate(200);

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
    source = { redis, view: await applyToRedis(redis, 'reads:', recommendationsProjection, events), now: NOW };
  });
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  it('reads the items of a page with their flags in one round trip when none needs its facts', async () => {
    const sent: string[][][] = [];
    // The keys a pipeline reads whole: HGETALLs sent one by one, or packed into one script (pipelined).
    const hashKeys = (commands: string[][]) => commands.flatMap(([name, ...args]) => (name === 'hgetall' ? [args[0]] : name === 'eval' ? args.slice(2, 2 + Number(args[1])) : []));
    const pipeline = jest.spyOn(redis, 'pipeline').mockImplementation(function (this: Redis, commands?: unknown) {
      if (Array.isArray(commands)) sent.push((commands as Array<Array<string | number>>).map((c) => c.map(String)));
      return Redis.prototype.pipeline.call(this, commands as never);
    });
    try {
      const page = await listItems(source, readScopeOf({ id: 'a', role: 'auditor' }), { province: '64', kind: 'obligation', limit: 7 });
      expect(page.items.length).toBeGreaterThan(0);
      const itemReads = sent.filter((commands) => hashKeys(commands).some((key) => key.includes(':item:')));
      expect(itemReads).toHaveLength(1);
      expect(itemReads[0].filter(([name]) => name === 'smismember')).toHaveLength(2);
      // Only obligations, which have no facts: nothing else to read for them.
      expect(sent.filter((commands) => hashKeys(commands).some((key) => key.includes(':facts:')))).toEqual([]);
    } finally {
      pipeline.mockRestore();
    }
  });

  it('reads the facts of an item awaiting a verdict once per overdue page: the on-time check hands them on', async () => {
    let sent: string[][] = [];
    // Every key read whole, command by command or packed (pipelined), as each page sends them.
    const pipeline = jest.spyOn(redis, 'pipeline').mockImplementation(function (this: Redis, commands?: unknown) {
      if (Array.isArray(commands)) {
        for (const [name, ...args] of commands as Array<Array<string | number>>) {
          if (name === 'hgetall') sent.push([String(args[0])]);
          if (name === 'eval') sent.push(args.slice(2, 2 + Number(args[1])).map(String));
        }
      }
      return Redis.prototype.pipeline.call(this, commands as never);
    });
    try {
      let cursor: string | undefined;
      let factsRead = 0;
      let awaitingShown = 0;
      do {
        sent = [];
        const page = await listItems(source, readScopeOf({ id: 'a', role: 'auditor' }), { overdue: true, cursor, limit: 7 });
        const facts = sent.flat().filter((key) => key.includes(':facts:'));
        expect(facts).toEqual([...new Set(facts)]);
        factsRead += facts.length;
        awaitingShown += page.items.filter((item) => item.status === 'menunggu_verifikasi').length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      // Not vacuous: late follow-ups awaiting a verdict are on the queue, and their facts were read.
      expect(awaitingShown).toBeGreaterThan(0);
      expect(factsRead).toBeGreaterThan(0);
    } finally {
      pipeline.mockRestore();
    }
  });
});

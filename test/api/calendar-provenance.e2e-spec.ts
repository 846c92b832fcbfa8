import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

const skb2026 = { year: 2026, source: 'skb', reference: 'SKB 1497/2025, 2/2025, 5/2025', version: 1 };
const noCalendar = (year: number) => ({ component: 'calendar', code: 'NoCalendarForYear', year });

/**
 * Which national calendar a working-day deadline used, in the stored event and the response,
 * and /health's warning about a coming year without an authoritative calendar, through the
 * real application on a manual clock.
 */
describe('calendar source of working-day deadlines, and the /health calendar warning', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-12-01T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi' });
    await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten' });
    await waitUntil(async () => (await health()).statusCode === 200, 'the read side to be built');
  }, 30_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  }
  const health = () => api.app.inject({ method: 'GET', url: '/health' });
  /** A corrective action (30 working days) issued on `issuedOn`: its deadline as GET shows it and as the event stored it. */
  async function issueCorrective(issuedOn: string) {
    const { id } = await post('/v1/recommendations', {
      entityCode: '64.01', kind: 'tindakan_korektif', source: { type: 'lahp', ref: 'LAHP/0031/LM/III/2026/BPP' }, title: 'Jawab pengaduan sesuai standar', issuedOn,
    });
    const view = (await api.app.inject({ method: 'GET', url: `/v1/recommendations/${id}`, headers: admin })).json();
    const [issued] = await api.store.readStream(`recommendation-${id}`, { maxCount: 1 });
    return { view: view.deadline, stored: (issued.data as { deadline: object }).deadline };
  }

  it('counts a 2026 deadline on the bundled SKB, past the Idulfitri cuti bersama, and says so in the event and the response', async () => {
    const { view, stored } = await issueCorrective('2026-03-16');
    expect(view).toMatchObject({ dueOn: '2026-05-06', setBy: 'rule', calendar: [skb2026] });
    expect(stored).toMatchObject({ dueOn: '2026-05-06', calendar: [skb2026] });
  });

  it('still computes a deadline reaching into 2027, but marks that year estimated', async () => {
    const { view, stored } = await issueCorrective('2026-12-01');
    const calendar = [skb2026, { year: 2027, source: 'estimated', reference: expect.stringMatching(/^date-holidays /), version: null }];
    expect(view).toMatchObject({ dueOn: '2027-01-18', calendar });
    expect(stored).toMatchObject({ calendar });
  });

  it('names no calendar for a deadline given as a date', async () => {
    const { id } = await post('/v1/recommendations', {
      entityCode: '64.01', kind: 'tindakan_korektif', source: { type: 'lahp', ref: 'LAHP/0032/LM/XII/2026/BPP' }, title: 'Tanggal ditentukan', issuedOn: '2026-12-01', dueOn: '2027-02-01',
    });
    expect((await api.app.inject({ method: 'GET', url: `/v1/recommendations/${id}`, headers: admin })).json().deadline).toMatchObject({ setBy: 'request', calendar: null });
  });

  it('warns on /health, still 200 and up, that the coming year (2027) has no calendar: to anyone, with nothing internal', async () => {
    const res = await health();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', warnings: [noCalendar(2027)] });
    expect(res.body).not.toMatch(/calendar-2027|date-holidays|SKB/);
  });

  it('takes the coming year from the date in WIB: 17:30 UTC on 31 December is already the next year', async () => {
    try {
      api.clock.set(new Date('2026-12-31T16:59:59Z'));
      expect((await health()).json().warnings).toEqual([noCalendar(2027)]);
      api.clock.set(new Date('2026-12-31T17:30:00Z'));
      expect((await health()).json().warnings).toEqual([noCalendar(2028)]);
    } finally {
      api.clock.set(new Date('2026-12-01T03:00:00Z'));
    }
  });

  it('stops warning once an admin seeds 2027, whose deadlines then name calendar-2027 and its revision', async () => {
    await post('/v1/admin/calendars/2027/seed', { note: 'Pending the SKB for 2027: checked against the announced draft' });
    const res = await health();
    expect(res.statusCode).toBe(200);
    expect(res.json().warnings).toBeUndefined();
    const { view } = await issueCorrective('2026-12-01');
    expect(view.calendar).toEqual([skb2026, { year: 2027, source: 'admin', reference: 'calendar-2027', version: 0 }]);
  });

  it('does not warn in 2025: 2026 is bundled', async () => {
    try {
      api.clock.set(new Date('2025-06-02T03:00:00Z'));
      expect((await health()).json().warnings).toBeUndefined();
    } finally {
      api.clock.set(new Date('2026-12-01T03:00:00Z'));
    }
  });
});

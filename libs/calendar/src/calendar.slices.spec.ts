import type { Actor } from '@app/kernel';
import { SliceHarness, startSlices } from '@app/platform/testing';
import { HOLIDAY_CALENDAR, HolidayCalendar } from './holiday-calendar';
import { CalendarModule } from './calendar.module';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const officer: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
const liaison: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };
const dates = (days: Array<{ date: string }>) => days.map((d) => d.date);

describe('calendar slices over HTTP', () => {
  let api: SliceHarness;
  let holidays: HolidayCalendar;

  beforeAll(async () => {
    api = await startSlices([CalendarModule], new Date('2025-01-06T02:00:00Z'));
    holidays = api.app.get(HOLIDAY_CALENDAR);
  });
  afterAll(() => api.close());

  /** A setup step run once, whichever test needs it first, so the tests hold in any order. */
  function once<T>(step: () => Promise<T>): () => Promise<T> {
    let result: Promise<T> | undefined;
    return () => (result ??= step());
  }
  const seeded2025 = once(() => api.post('/v1/admin/calendars/2025/seed', { note: 'Checked against SKB 1017/2024' }, admin));
  const revisionOf2025 = async (): Promise<number> => (await api.get('/v1/admin/calendars/2025', officer)).json().revision;

  it('shows the bundled calendar of a year nobody manages yet', async () => {
    // Slices of their own: the other tests manage 2025.
    const fresh = await startSlices([CalendarModule], new Date('2025-01-06T02:00:00Z'));
    try {
      const res = await fresh.get('/v1/admin/calendars/2025', liaison);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ year: 2025, stream: 'calendar-2025', revision: null, managed: false, source: expect.stringContaining('SKB 1017/2024') });
      expect(res.json().nationalHolidays).toHaveLength(17);
      expect(res.json().calendar).toEqual({ year: 2025, source: 'skb', reference: 'SKB 1017/2024, 2/2024, 2/2024', version: 1 });
      expect(res.headers.etag).toBeUndefined();
      // No decree bundled for 2027: served, but as an estimate without cuti bersama.
      const estimate = (await fresh.get('/v1/admin/calendars/2027', liaison)).json();
      expect(estimate).toMatchObject({ managed: false, collectiveLeave: [], calendar: { year: 2027, source: 'estimated', version: null } });
    } finally {
      await fresh.close();
    }
  });

  it('lets only admins seed, then seeds once (201 with Location) and refuses a second seed (409)', async () => {
    expect((await api.post('/v1/admin/calendars/2025/seed', {}, officer)).json()).toMatchObject({ status: 403, code: 'RoleNotAllowed' });
    const res = await seeded2025();
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe('/v1/admin/calendars/2025');
    expect(res.json()).toMatchObject({ id: '2025', stream: 'calendar-2025', revision: 0 });
    expect(holidays.provenance(2025)).toEqual({ year: 2025, source: 'admin', reference: 'calendar-2025', version: 0 });
    expect((await api.post('/v1/admin/calendars/2025/seed', {}, admin)).json()).toMatchObject({ status: 409, code: 'CalendarAlreadySeeded' });
  });

  it('refuses a year outside 2000–2100 (422 naming year) and changes to an unseeded year (409)', async () => {
    expect((await api.post('/v1/admin/calendars/1990/seed', {}, admin)).json()).toMatchObject({ status: 422, code: 'InvalidYear', errors: [{ field: 'year' }] });
    const res = await api.post('/v1/admin/calendars/2026/holidays', { date: '2026-05-15', name: 'x', kind: 'national' }, admin);
    expect(res.json()).toMatchObject({ status: 409, code: 'CalendarNotSeeded' });
  });

  it('adds a holiday, which the HolidayCalendar serves at once', async () => {
    expect((await seeded2025()).statusCode).toBe(201);
    const before = await revisionOf2025();
    expect(dates(holidays.calendarYear(2025).collectiveLeave)).not.toContain('2025-05-15');
    const res = await api.post('/v1/admin/calendars/2025/holidays', { date: '2025-05-15', name: 'Cuti bersama tambahan', kind: 'collective_leave' }, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${before + 1}"`);
    expect(dates(holidays.calendarYear(2025).collectiveLeave)).toContain('2025-05-15');
  });

  it('validates the body: a malformed date is 400 saying the format; a date of another year 422', async () => {
    await seeded2025();
    const malformed = await api.post('/v1/admin/calendars/2025/holidays', { date: '15-05-2025', name: 'x', kind: 'national' }, admin);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ field: 'date', message: expect.stringContaining('YYYY-MM-DD') });
    const other = await api.post('/v1/admin/calendars/2025/holidays', { date: '2024-05-15', name: 'x', kind: 'national' }, admin);
    expect(other.json()).toMatchObject({ status: 422, code: 'DateOutsideYear', errors: [{ field: 'date' }] });
  });

  it('removes a holiday and declares a working Saturday; GET shows the result, asOf the past', async () => {
    expect((await seeded2025()).statusCode).toBe(201);
    const revision = await revisionOf2025();
    // recordedAt comes from the system clock in this harness.
    const beforeChanges = new Date();
    await new Promise((r) => setTimeout(r, 5));
    expect((await api.post('/v1/admin/calendars/2025/holidays/2025-06-06/remove', { reason: 'Moved by SKB' }, admin)).statusCode).toBe(200);
    expect((await api.post('/v1/admin/calendars/2025/holidays/2025-06-05/remove', { reason: 'x' }, admin)).json()).toMatchObject({ status: 409, code: 'HolidayNotListed' });
    expect((await api.post('/v1/admin/calendars/2025/working-days', { date: '2025-03-08', reason: 'Hari kerja pengganti' }, admin)).statusCode).toBe(200);
    expect((await api.post('/v1/admin/calendars/2025/working-days', { date: '2025-03-07', reason: 'x' }, admin)).json()).toMatchObject({ code: 'AlreadyWorkingDay' });

    const view = (await api.get('/v1/admin/calendars/2025', officer)).json();
    expect(view.source).toMatch(/SKB 1017\/2024.*; Checked against SKB 1017\/2024$/);
    expect(view).toMatchObject({ revision: revision + 2, managed: true, declaredWorkingDays: [{ date: '2025-03-08', name: 'Hari kerja pengganti' }] });
    expect(dates(view.nationalHolidays)).not.toContain('2025-06-06');
    expect(holidays.calendarYear(2025).declaredWorkingDays).toEqual([{ date: '2025-03-08', name: 'Hari kerja pengganti' }]);
    const past = (await api.get(`/v1/admin/calendars/2025?asOf=${encodeURIComponent(beforeChanges.toISOString())}`, officer)).json();
    expect(past).toMatchObject({ revision, declaredWorkingDays: [] });
    expect(dates(past.nationalHolidays)).toContain('2025-06-06');
  });

  it('follows calendar events appended by another process', async () => {
    await api.store.append(
      'calendar-2030',
      [
        {
          id: '0b5f0c1e-0000-5000-8000-000000002030',
          type: 'CalendarSeeded',
          data: { year: 2030, source: 'other replica', nationalHolidays: [{ date: '2030-01-02', name: 'test' }], collectiveLeave: [], declaredWorkingDays: [] },
          metadata: { schemaVersion: 1, actor: { id: 'admin-2', role: 'admin' }, commandId: 'other', correlationId: 'other', causationId: 'other', occurredAt: '2025-01-07T02:00:00Z' },
        },
      ],
      'no_stream',
    );
    // Bounded poll (10 s) for the subscription to deliver: a loaded machine only makes it take longer.
    for (let i = 0; i < 500 && dates(holidays.calendarYear(2030).nationalHolidays)[0] !== '2030-01-02'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(holidays.calendarYear(2030).nationalHolidays).toEqual([{ date: '2030-01-02', name: 'test' }]);
  });
});

import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { SYSTEM_ACTOR } from '@app/kernel';
import { nameBasedId, type NewEvent } from '@app/event-store';
import { deliveriesStream, type DeliveryEvent } from '@app/follow-up/processing';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

jest.setTimeout(90_000);

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DELIVERY_HEADERS = ['Pemberitahuan terakhir', 'Waktu pemberitahuan', 'Diberitahukan kepada', 'Status pengiriman', 'Tanpa kontak', 'Jumlah pemberitahuan'];

/** The recommendation list and its CSV/XLSX export say who was last reminded of each record: who, when, how, and whether it arrived. */
describe('the latest delivery of each record in the list and its export', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let lastPosition = '0';
  let reminded: string;
  let quiet: string;

  beforeAll(async () => {
    // Sweep and re-check often (the defaults are a minute and more), so the live overdue mark below comes soon after the clock passes it.
    const saved = { sweep: process.env.DEADLINE_SWEEP_EVERY_MS, recheck: process.env.DEADLINE_RECHECK_MS };
    Object.assign(process.env, { DEADLINE_SWEEP_EVERY_MS: '500', DEADLINE_RECHECK_MS: '200' });
    try {
      api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    } finally {
      for (const [name, value] of [['DEADLINE_SWEEP_EVERY_MS', saved.sweep], ['DEADLINE_RECHECK_MS', saved.recheck]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    admin = bearer(await api.token({ role: 'admin' }));
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', timezone: 'WITA' });
    const recommendation = (title: string, dueOn: string) => ({ entityCode: '64.01', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP-0101/ORI/X/2026' }, title, issuedOn: '2026-10-01', dueOn });
    reminded = (await post('/v1/recommendations', recommendation('Publikasikan standar pelayanan', '2027-03-01'))).id;
    quiet = (await post('/v1/recommendations', recommendation('Sediakan ruang laktasi', '2027-03-01'))).id;
    // Delivery records as the notification workers write them (both are due months ahead: no live step interferes).
    const step = nameBasedId('overdue-of-reminded');
    await record(`recommendation-${reminded}`, [
      {
        type: 'DeliveriesRouted',
        data: {
          stepEventId: step, entityCode: '64.01', step: 'overdue', stepType: 'overdue', routedAt: '2026-11-01T16:00:00.000Z',
          recipients: [
            { contactId: 'siti', role: 'liaison', name: 'Siti Aminah', address: 'siti@paserkab.go.id', channel: 'email', copy: false, template: 'id/overdue@1' },
            { contactId: 'sipp', role: 'unit_head', name: 'SIPP Paser', address: 'https://sipp.paserkab.go.id/hook', channel: 'webhook', copy: false, template: 'id/overdue@1' },
          ],
          missing: [{ code: 'NoContact', role: 'ombudsman_officer', of: '64', reason: 'no contact for ombudsman_officer of 64' }],
        },
      },
      { type: 'DeliveryDelivered', data: { stepEventId: step, contactId: 'siti', channel: 'email', attempt: 1, response: '250 OK', deliveredAt: '2026-11-01T16:00:02.000Z' } },
      { type: 'DeliveryFailed', data: { stepEventId: step, contactId: 'sipp', channel: 'webhook', attempt: 3, reason: 'The webhook of contact sipp answered HTTP 503', final: true, failedAt: '2026-11-01T16:05:00.000Z' } },
    ]);
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json();
  }
  async function record(subjectStream: string, events: DeliveryEvent[]) {
    const stream = deliveriesStream(subjectStream);
    const newEvents: NewEvent[] = events.map((event, i) => {
      const id = nameBasedId(`${stream}:${i}`);
      return { id, type: event.type, data: event.data as unknown as Record<string, unknown>, metadata: { schemaVersion: 1, actor: SYSTEM_ACTOR, commandId: id, correlationId: id, causationId: id, occurredAt: '2026-11-01T16:00:00.000Z' } };
    });
    lastPosition = (await api.store.append(stream, newEvents, 'no_stream')).position.toString();
  }
  const url = () => `/v1/recommendations?entity=64.01&minPosition=${lastPosition}`;
  async function download(accept: string) {
    const res = await api.app.inject({ method: 'GET', url: url(), headers: { ...admin, accept } });
    expect(res.statusCode).toBe(200);
    return res;
  }

  it('carries the latest delivery on each item of the JSON list, null for a record nobody was reminded of', async () => {
    const res = await api.app.inject({ method: 'GET', url: url(), headers: admin });
    const items = res.json().items as Array<{ id: string; lastDelivery: unknown }>;
    expect(items.find((i) => i.id === quiet)?.lastDelivery).toBeNull();
    expect(items.find((i) => i.id === reminded)?.lastDelivery).toEqual({
      step: 'overdue',
      routedAt: '2026-11-01T16:00:00.000Z',
      recipients: [
        { name: 'Siti Aminah', role: 'liaison', channel: 'email', copy: false, status: 'delivered', at: '2026-11-01T16:00:02.000Z', reason: null },
        { name: 'SIPP Paser', role: 'unit_head', channel: 'webhook', copy: false, status: 'failed', at: '2026-11-01T16:05:00.000Z', reason: 'The webhook of contact sipp answered HTTP 503' },
      ],
      missingRoles: ['ombudsman_officer'],
      steps: 1,
    });
  });

  it('exports who was last reminded, when, by which channel and with what outcome, as CSV', async () => {
    const text = (await download(CSV)).body;
    const [header] = parse(text, { bom: true }) as string[][];
    expect(header.slice(-DELIVERY_HEADERS.length)).toEqual(DELIVERY_HEADERS);
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    const row = rows.find((r) => r.Id === reminded);
    expect(row).toMatchObject({
      'Pemberitahuan terakhir': 'terlambat',
      'Waktu pemberitahuan': '2026-11-01T16:00:00.000Z',
      'Diberitahukan kepada': 'Siti Aminah (liaison, surel); SIPP Paser (unit_head, webhook)',
      'Status pengiriman': 'Siti Aminah: terkirim; SIPP Paser: gagal – The webhook of contact sipp answered HTTP 503',
      'Tanpa kontak': 'ombudsman_officer',
      'Jumlah pemberitahuan': '1',
    });
    expect(rows.find((r) => r.Id === quiet)).toMatchObject({ 'Pemberitahuan terakhir': '', 'Jumlah pemberitahuan': '0' });
  });

  it('exports the overdue queue with the last step routed live, naming the roles nobody holds', async () => {
    const late = (await post('/v1/recommendations', { entityCode: '64.01', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP-0102/ORI/X/2026' }, title: 'Perbaiki alur pengaduan', issuedOn: '2026-10-01', dueOn: '2026-11-25' })).id;
    // The end of 25 Nov in Paser (WITA) passes while the system runs: a live overdue mark, routed to contacts.
    api.clock.set(new Date('2026-11-26T03:00:00Z'));
    let row: Record<string, string> | undefined;
    // Rung 1 falls due at the overdue instant itself: two steps are routed at once, by two jobs in
    // either order, and the list shows whichever was routed last.
    await waitUntil(async () => {
      const res = await api.app.inject({ method: 'GET', url: '/v1/follow-up/overdue?entity=64.01', headers: { ...admin, accept: CSV } });
      row = (parse(res.body, { bom: true, columns: true }) as Array<Record<string, string>>).find((r) => r.Id === late);
      return row?.['Jumlah pemberitahuan'] === '2';
    }, 'the overdue mark and rung 1 routed and listed in the overdue queue', 45_000);
    expect(['terlambat', 'eskalasi tingkat 1']).toContain(row!['Pemberitahuan terakhir']);
    expect(row!['Waktu pemberitahuan']).toBe('2026-11-26T03:00:00.000Z');
    expect(row!['Diberitahukan kepada']).toBe('');
    expect(row!['Tanpa kontak'].split('; ').sort()).toEqual(['liaison', 'ombudsman_officer', 'unit_head']);
  });

  it('exports the time of the last reminder as a date-time cell in XLSX', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(XLSX)).rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Rekomendasi')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const idColumn = header.indexOf('Id') + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const row = rows.find((r) => r.getCell(idColumn).value === reminded)!;
    expect(row.getCell(header.indexOf('Waktu pemberitahuan') + 1).value).toEqual(new Date('2026-11-01T16:00:00.000Z'));
    expect(row.getCell(header.indexOf('Jumlah pemberitahuan') + 1).value).toBe(1);
  });
});

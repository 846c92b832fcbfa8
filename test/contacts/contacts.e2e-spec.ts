import type { RecordedEvent } from '@app/event-store';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** The contacts directory over HTTP: every change an event with its actor, kept within each caller's scope. */
describe('contacts directory (/v1/entities/{code}/contacts, /v1/provinces/{provinceCode}/contacts)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let kaltimOfficer: Record<string, string>;
  let kalselOfficer: Record<string, string>;
  let paserLiaison: Record<string, string>;
  let tanahLautLiaison: Record<string, string>;
  let lastPosition = '0';

  const head = { role: 'unit_head', unitId: 'dpmptsp', name: 'Drs. Ahmad Yani', position: 'Kepala DPMPTSP', email: 'kepala@dpmptsp.paserkab.go.id', phone: '0812-3456-7890' };

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin', sub: 'admin-1' }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'officer-kaltim' }));
    kalselOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'], sub: 'officer-kalsel' }));
    paserLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01', sub: 'siti' }));
    tanahLautLiaison = bearer(await api.token({ role: 'liaison', entity: '63.01', sub: 'rudi' }));
    for (const [code, name, kind] of [
      ['63', 'Provinsi Kalimantan Selatan', 'provinsi'],
      ['63.01', 'Kabupaten Tanah Laut', 'kabupaten'],
      ['64', 'Provinsi Kalimantan Timur', 'provinsi'],
      ['64.01', 'Kabupaten Paser', 'kabupaten'],
    ]) {
      await send('POST', '/v1/entities', { code, name, kind }, admin, 201);
    }
    for (const unitId of ['dpmptsp', 'dinkes']) await send('POST', '/v1/entities/64.01/units', { unitId, name: unitId.toUpperCase() }, admin, 200);
  }, 60_000);
  afterAll(() => api.close());

  async function request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = admin) {
    const res = await api.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers });
    const body = res.body ? res.json() : null;
    if (res.statusCode < 300 && body?.position) lastPosition = body.position;
    return { status: res.statusCode, body, headers: res.headers };
  }
  async function send(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload: object, headers: Record<string, string>, status: number) {
    const res = await request(method, url, payload, headers);
    if (res.status !== status) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
  const list = (url: string, headers = admin) => request('GET', `${url}${url.includes('?') ? '&' : '?'}minPosition=${lastPosition}`, undefined, headers);
  const streamEvents = async (stream: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for (const event of await api.store.readStream(stream)) events.push(event);
    return events;
  };

  it('adds, changes (PATCH and PUT) and removes a contact, each an event with its actor, and lists the result', async () => {
    const added = await send('POST', '/v1/entities/64.01/contacts', head, paserLiaison, 201);
    const contactId: string = added.body.id;
    expect(added.body).toMatchObject({ stream: 'contacts-64.01', revision: 0 });
    expect(added.headers.etag).toBe('"0"');

    const listed = await list('/v1/entities/64.01/contacts', paserLiaison);
    expect(listed.status).toBe(200);
    expect(listed.headers.etag).toBe('"0"');
    expect(listed.body).toEqual({
      items: [{ contactId, role: 'unit_head', entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp', name: 'Drs. Ahmad Yani', position: 'Kepala DPMPTSP', email: 'kepala@dpmptsp.paserkab.go.id', phone: '+6281234567890', channel: 'email', cadence: 'each', language: 'id', userSub: null, webhookUrl: null }],
      revision: 0,
    });

    await send('PATCH', `/v1/entities/64.01/contacts/${contactId}`, { cadence: 'digest', language: 'en' }, kaltimOfficer, 200);
    expect((await list('/v1/entities/64.01/contacts')).body.items[0]).toMatchObject({ cadence: 'digest', language: 'en', phone: '+6281234567890' });

    // PUT replaces: the phone left out is cleared, cadence and language go back to their defaults.
    const { phone: _phone, ...withoutPhone } = head;
    await send('PUT', `/v1/entities/64.01/contacts/${contactId}`, { ...withoutPhone, name: 'Ahmad Yani' }, admin, 200);
    expect((await list('/v1/entities/64.01/contacts')).body.items[0]).toMatchObject({ name: 'Ahmad Yani', phone: null, cadence: 'each', language: 'id' });

    await send('DELETE', `/v1/entities/64.01/contacts/${contactId}`, { reason: 'Mutasi ke BKD' }, paserLiaison, 200);
    expect((await list('/v1/entities/64.01/contacts')).body).toEqual({ items: [], revision: 3 });

    const events = await streamEvents('contacts-64.01');
    expect(events.map((e) => [e.type, e.metadata.actor])).toEqual([
      ['ContactAdded', { id: 'siti', role: 'liaison' }],
      ['ContactChanged', { id: 'officer-kaltim', role: 'officer' }],
      ['ContactChanged', { id: 'admin-1', role: 'admin' }],
      ['ContactRemoved', { id: 'siti', role: 'liaison' }],
    ]);
    expect(events[1].data).toEqual({ contactId, entityCode: '64.01', provinceCode: '64', changes: { cadence: 'digest', language: 'en' } });
    expect(events[2].data).toMatchObject({ changes: { name: 'Ahmad Yani', phone: null, cadence: 'each', language: 'id' } });
    expect(events[3].data).toEqual({ contactId, entityCode: '64.01', provinceCode: '64', reason: 'Mutasi ke BKD' });
  });

  it('replays a POST with the same Idempotency-Key (one contact, same id) and honours If-Match', async () => {
    const headers = { ...kaltimOfficer, 'idempotency-key': 'add-sekda-paser' };
    const sekda = { role: 'regional_secretary', name: 'Ir. Katsul Wijaya', position: 'Sekretaris Daerah', email: 'sekda@paserkab.go.id' };
    const first = await send('POST', '/v1/entities/64.01/contacts', sekda, headers, 201);
    const again = await send('POST', '/v1/entities/64.01/contacts', sekda, headers, 201);
    expect(again.body).toMatchObject({ id: first.body.id, replayed: true });
    expect((await list('/v1/entities/64.01/contacts?role=regional_secretary')).body.items).toHaveLength(1);

    const stale = await request('PATCH', `/v1/entities/64.01/contacts/${first.body.id}`, { position: 'Sekda' }, { ...kaltimOfficer, 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    const current = await send('PATCH', `/v1/entities/64.01/contacts/${first.body.id}`, { position: 'Sekda' }, { ...kaltimOfficer, 'if-match': `"${first.body.revision}"` }, 200);
    expect(current.body.revision).toBe(first.body.revision + 1);
  });

  it("keeps liaisons to their own provider and officers to their provinces (403 OutsideScope), auditors to reading", async () => {
    const body = { role: 'liaison', name: 'Rudi', position: 'Staf', email: 'rudi@tanahlautkab.go.id' };
    for (const headers of [tanahLautLiaison, kalselOfficer]) {
      const res = await request('POST', '/v1/entities/64.01/contacts', body, headers);
      expect([res.status, res.body.code]).toEqual([403, 'OutsideScope']);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((await request('GET', '/v1/entities/64.01/contacts', undefined, headers)).body.code).toBe('OutsideScope');
    }
    // Scope is judged before If-Match and before a replayed key: a foreign caller learns nothing from a 412.
    const [paserContact] = (await list('/v1/entities/64.01/contacts')).body.items;
    const foreignChange = await request('PATCH', `/v1/entities/64.01/contacts/${paserContact.contactId}`, { name: 'X' }, { ...tanahLautLiaison, 'if-match': '"0"' });
    expect([foreignChange.status, foreignChange.body.code]).toEqual([403, 'OutsideScope']);
    const foreignRemoval = await request('DELETE', `/v1/entities/64.01/contacts/${paserContact.contactId}`, { reason: 'x' }, kalselOfficer);
    expect([foreignRemoval.status, foreignRemoval.body.code]).toEqual([403, 'OutsideScope']);
    const byAuditor = await request('POST', '/v1/entities/64.01/contacts', body, auditor);
    expect(byAuditor.status).toBe(403);
    expect((await list('/v1/entities/64.01/contacts', auditor)).status).toBe(200);
    // An unknown provider answers like a foreign one for scoped callers, 404 for those who see everything.
    expect((await request('GET', '/v1/entities/64.99/contacts', undefined, kalselOfficer)).body.code).toBe('OutsideScope');
    expect((await request('GET', '/v1/entities/64.99/contacts', undefined, admin)).status).toBe(404);
    expect((await send('POST', '/v1/entities/63.01/contacts', body, tanahLautLiaison, 201)).body.stream).toBe('contacts-63.01');
  });

  it('keeps the Ombudsman office directories to officers of the province and admins; auditors read', async () => {
    const officer = { role: 'ombudsman_officer', name: 'Budi Santoso', position: 'Asisten Pemeriksaan', email: 'budi@ombudsman.go.id', userSub: 'budi' };
    const added = await send('POST', '/v1/provinces/64/contacts', officer, kaltimOfficer, 201);
    expect(added.body.stream).toBe('ombudsmancontacts-64');
    const listed = await list('/v1/provinces/64/contacts', auditor);
    expect(listed.body.items).toEqual([expect.objectContaining({ role: 'ombudsman_officer', entityCode: null, provinceCode: '64', unitId: null, userSub: 'budi' })]);
    expect((await request('POST', '/v1/provinces/64/contacts', officer, kalselOfficer)).body.code).toBe('OutsideScope');
    expect((await request('GET', '/v1/provinces/64/contacts', undefined, kalselOfficer)).body.code).toBe('OutsideScope');
    expect((await request('POST', '/v1/provinces/64/contacts', officer, paserLiaison)).status).toBe(403);
    expect((await request('GET', '/v1/provinces/64/contacts', undefined, paserLiaison)).status).toBe(403);
    const unregistered = await request('POST', '/v1/provinces/65/contacts', officer, admin);
    expect([unregistered.status, unregistered.body.code]).toEqual([404, 'ProvinceNotRegistered']);
    const notAProvince = await request('POST', '/v1/provinces/64.01/contacts', officer, admin);
    expect([notAProvince.status, notAProvince.body.errors]).toEqual([422, [expect.objectContaining({ field: 'provinceCode' })]]);
    const providerRole = await request('POST', '/v1/provinces/64/contacts', { ...officer, role: 'liaison' }, admin);
    expect([providerRole.status, providerRole.body.errors]).toEqual([422, [{ field: 'role', message: '"liaison" is not allowed', allowed: ['ombudsman_officer', 'ombudsman_leadership'] }]]);
  });

  it("keeps a webhook contact's URL and lists it", async () => {
    const hook = { ...head, unitId: 'dinkes', email: 'sipp@paserkab.go.id', channel: 'webhook', webhookUrl: 'https://sipp.paserkab.go.id/hooks/ombudsman' };
    const { body } = await send('POST', '/v1/entities/64.01/contacts', hook, admin, 201);
    const listed = await list('/v1/entities/64.01/contacts');
    expect(listed.body.items).toContainEqual(expect.objectContaining({ contactId: body.id, channel: 'webhook', webhookUrl: 'https://sipp.paserkab.go.id/hooks/ombudsman' }));
  });

  it('names the field and what is allowed for every refused value (problem+json, never a 500)', async () => {
    const cases: Array<[object, number, string]> = [
      [{ ...head, phone: '0812' }, 422, 'phone'],
      [{ ...head, unitId: undefined }, 422, 'unitId'],
      [{ ...head, unitId: 'dinsos' }, 422, 'unitId'],
      [{ ...head, email: 'not-an-email' }, 400, 'email'],
      [{ ...head, role: 'bupati' }, 400, 'role'],
      [{ ...head, channel: 'sms' }, 400, 'channel'],
      [{ ...head, cadence: 'weekly' }, 400, 'cadence'],
      [{ ...head, language: 'jv' }, 400, 'language'],
      [{ ...head, name: 'a\nb' }, 400, 'name'],
      [{ ...head, phone: null }, 400, 'phone'],
      [{ ...head, extra: 1 }, 400, 'extra'],
      [{ ...head, channel: 'webhook' }, 422, 'webhookUrl'],
      [{ ...head, channel: 'webhook', webhookUrl: 'http://sipp.paserkab.go.id/hook' }, 422, 'webhookUrl'],
    ];
    for (const [body, status, field] of cases) {
      const res = await request('POST', '/v1/entities/64.01/contacts', body, admin);
      expect([field, res.status]).toEqual([field, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const role = await request('POST', '/v1/entities/64.01/contacts', { ...head, role: 'bupati' }, admin);
    expect(role.body.errors[0].allowed).toEqual(['liaison', 'unit_head', 'regional_secretary', 'head_of_region', 'ombudsman_officer', 'ombudsman_leadership']);
    const noHook = await request('POST', '/v1/entities/64.01/contacts', { ...head, channel: 'webhook' }, admin);
    expect(noHook.body).toMatchObject({ code: 'WebhookUrlRequired', errors: [{ field: 'webhookUrl', message: 'required when channel is webhook' }] });
    const noReason = await request('DELETE', '/v1/entities/64.01/contacts/x', {}, admin);
    expect([noReason.status, noReason.body.errors[0].field]).toEqual([400, 'reason']);
    const unknown = await request('PATCH', '/v1/entities/64.01/contacts/nobody', { name: 'X' }, admin);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'ContactNotFound']);
  });
});

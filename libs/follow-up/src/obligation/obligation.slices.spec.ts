import { Global, Module } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@app/kernel';
import type { RecordedEvent } from '@app/event-store';
import { AgreementsModule, KALSEL_MOU, KALSEL_PKS_2022 } from '@app/agreements';
import { KALSEL, RegistryModule } from '@app/registry';
import { SliceHarness, startSlices } from '@app/platform/testing';
import { AggregateStore } from '@app/platform/commands';
import { APP_CONFIG } from '@app/platform/config';
import { sha256Of, storageKeyFor } from '@app/evidence';
import type { DeadlineStep } from '../deadlines/deadline-commands.port';
import { CommandBusDeadlineCommands } from '../deadlines/deadline-commands.adapter';
import { ESCALATION_LADDER } from '../deadlines/deadline-ladder';
import { OBLIGATION_DEADLINE_ROUTE } from './obligation-deadline.route';
import { ObligationsModule } from './obligations.module';
import { PksObligationsReactor } from './pks-obligations.reactor';
import { kalselLiaison, paserLiaison } from './testing/obligation.fixtures';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const officer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const dataDir = mkdtempSync(join(tmpdir(), 'obligations-'));

/** The evidence store's data directory, as AppConfigModule would give it. */
@Global()
@Module({ providers: [{ provide: APP_CONFIG, useValue: { dataDir } }], exports: [APP_CONFIG] })
class TestConfigModule {}

const pdf = Buffer.from('%PDF-1.4 Laporan pendampingan triwulan III 2022');
const upload = { name: 'Laporan pendampingan triwulan III 2022.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64') };

describe('obligation slices: from a signed PKS to fulfilment, deadline steps and termination', () => {
  let api: SliceHarness;
  let reactor: PksObligationsReactor;
  const id = (pksId: string, period: string) => `${pksId}.pendampingan-berkala.${period}`;
  const lastEvent = async (stream: string, type: string): Promise<RecordedEvent> =>
    (await api.store.readStream(stream)).filter((e) => e.type === type).pop() as RecordedEvent;
  /** The workers' port as the processors call it, routed to obligations. */
  const workers = () =>
    new CommandBusDeadlineCommands(api.app.get(CommandBus), api.clock, api.app.get(AggregateStore), api.store, api.app.get(ESCALATION_LADDER), {
      recommendation: undefined,
      obligation: OBLIGATION_DEADLINE_ROUTE,
    });
  const step = (pksId: string, period: string, s: DeadlineStep) => workers().run({ kind: 'obligation', id: id(pksId, period) }, 1, s);

  /**
   * A PKS of the test's own, signed on 2022-07-05 (the clock set there first), its obligations
   * scheduled unless the test schedules them itself: each test follows its own reports, so the
   * tests hold in any order.
   */
  async function signedPks(options: { schedule: boolean } = { schedule: true }): Promise<string> {
    api.clock.set(new Date('2022-07-05T02:00:00Z'));
    const pksId = (await api.post('/v1/pks', KALSEL_PKS_2022.draft, officer)).json().id as string;
    expect((await api.post(`/v1/pks/${pksId}/finalize`, KALSEL_PKS_2022.finalize, officer)).statusCode).toBe(200);
    expect((await api.post(`/v1/pks/${pksId}/sign`, KALSEL_PKS_2022.sign, officer)).statusCode).toBe(200);
    if (options.schedule) await reactor.handle(await lastEvent(`pks-${pksId}`, 'PksSigned'));
    return pksId;
  }

  beforeAll(async () => {
    api = await startSlices([TestConfigModule, RegistryModule, AgreementsModule, ObligationsModule], new Date('2022-07-05T02:00:00Z'));
    reactor = api.app.get(PksObligationsReactor);
    const { units, ...entity } = KALSEL;
    await api.post('/v1/entities', entity, admin);
    for (const unit of units) await api.post(`/v1/entities/${entity.code}/units`, unit, admin);
    await api.post('/v1/mous', KALSEL_MOU, officer);
  });
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('schedules the next 4 quarterly reports of the open-ended PKS, once however often it runs', async () => {
    const pksId = await signedPks({ schedule: false });
    const id = (period: string) => `${pksId}.pendampingan-berkala.${period}`;
    const signed = await lastEvent(`pks-${pksId}`, 'PksSigned');
    const first = await reactor.handle(signed);
    expect(first?.scheduled).toEqual([id('2022-Q3'), id('2022-Q4'), id('2023-Q1'), id('2023-Q2')]);
    await reactor.onPksSigned(signed);
    const events = await api.store.readStream(`obligation-${id('2022-Q3')}`);
    expect(events.map((e) => [e.type, e.metadata.actor.role, e.metadata.causationId])).toEqual([['ObligationScheduled', 'system', signed.id]]);
    expect(await reactor.handle({ ...signed, type: 'PksFinalized' })).toBeNull();
  });

  it("shows an obligation to the provider's liaison (404 unknown, 403 another provider)", async () => {
    const pksId = await signedPks();
    const id = (period: string) => `${pksId}.pendampingan-berkala.${period}`;
    const res = await api.get(`/v1/obligations/${id('2022-Q3')}`, kalselLiaison);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"0"');
    expect(res.json()).toMatchObject({
      id: id('2022-Q3'),
      stream: `obligation-${id('2022-Q3')}`,
      revision: 0,
      status: 'open',
      open: true,
      entityCode: '63',
      period: { key: '2022-Q3', start: '2022-07-05', end: '2022-09-30' },
      deadline: { version: 1, dueOn: '2022-10-10', dueAt: '2022-10-10T16:00:00.000Z', timeZone: 'WITA' },
      fulfilment: null,
    });
    expect(res.json().unitIds).toHaveLength(21);
    expect((await api.get(`/v1/obligations/${id('2022-Q3')}`, paserLiaison)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await api.get(`/v1/obligations/${pksId}.nope.2022-Q3`, admin)).json()).toMatchObject({ status: 404, code: 'ObligationNotFound' });
  });

  it('reminds 7 days before the due instant, once; the overdue mark is not due yet', async () => {
    const pksId = await signedPks();
    api.clock.set(new Date('2022-10-03T16:00:00Z'));
    expect(await step(pksId, '2022-Q3', { type: 'reminder', daysBefore: 7 })).toBe('recorded');
    expect(await step(pksId, '2022-Q3', { type: 'reminder', daysBefore: 7 })).toBe('unchanged');
    expect(await step(pksId, '2022-Q3', { type: 'overdue' })).toBe('not_due');
  });

  it('is fulfilled by the liaison with evidence, which stops its deadline steps', async () => {
    const pksId = await signedPks();
    const id = (period: string) => `${pksId}.pendampingan-berkala.${period}`;
    api.clock.set(new Date('2022-10-03T16:00:00Z'));
    expect(await step(pksId, '2022-Q3', { type: 'reminder', daysBefore: 7 })).toBe('recorded');
    api.clock.set(new Date('2022-10-04T03:00:00Z'));
    const empty = await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [] }, kalselLiaison);
    expect(empty.json()).toMatchObject({ status: 422, code: 'EvidenceRequired', errors: [{ field: 'evidence' }] });
    const badHash = await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [{ ...upload, sha256: 'x' }] }, kalselLiaison);
    expect(badHash.statusCode).toBe(400);
    expect(badHash.json().errors[0]).toMatchObject({ field: 'evidence.0.sha256' });
    const wrongHash = await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [{ ...upload, sha256: 'a'.repeat(64) }] }, kalselLiaison);
    expect(wrongHash.json()).toMatchObject({ status: 422, code: 'EvidenceChecksumMismatch', errors: [{ field: 'evidence.0.sha256', allowed: sha256Of(pdf) }] });
    const byOfficer = await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [upload] }, officer);
    expect(byOfficer.json()).toMatchObject({ status: 403 });
    const byOtherLiaison = await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [upload] }, paserLiaison);
    expect(byOtherLiaison.json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect(existsSync(join(dataDir, 'evidence', storageKeyFor(sha256Of(pdf))))).toBe(false); // refused before any bytes were stored

    const res = await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [{ ...upload, sha256: sha256Of(pdf) }] }, kalselLiaison);
    expect(res.statusCode).toBe(200);
    const view = (await api.get(`/v1/obligations/${id('2022-Q3')}`, officer)).json();
    expect(view).toMatchObject({ status: 'fulfilled', open: false, fulfilment: { fulfilledOn: '2022-10-04', evidence: [{ name: upload.name, mediaType: 'application/pdf', size: pdf.length, sha256: sha256Of(pdf) }] } });
    const [document] = view.fulfilment.evidence;
    expect(document.documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(readFileSync(join(dataDir, 'evidence', document.storageKey))).toEqual(pdf);
    expect(view.reminders).toEqual([{ deadlineVersion: 1, daysBefore: 7, remindedAt: '2022-10-03T16:00:00.000Z' }]);

    api.clock.set(new Date('2022-10-11T00:00:00Z'));
    expect(await step(pksId, '2022-Q3', { type: 'overdue' })).toBe('unchanged');
    expect((await api.post(`/v1/obligations/${id('2022-Q3')}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [upload] }, kalselLiaison)).json()).toMatchObject({
      status: 409,
      code: 'ObligationAlreadyFulfilled',
    });
  });

  it('marks an unfulfilled report overdue at the due instant and escalates it', async () => {
    const pksId = await signedPks();
    api.clock.set(new Date('2023-01-10T16:00:00Z'));
    expect(await step(pksId, '2022-Q4', { type: 'overdue' })).toBe('recorded');
    expect(await step(pksId, '2022-Q4', { type: 'overdue' })).toBe('unchanged');
    expect(await step(pksId, '2022-Q4', { type: 'escalation', level: 2 })).toBe('not_due');
    expect(await step(pksId, '2022-Q4', { type: 'escalation', level: 1 })).toBe('recorded');
    const view = (await api.get(`/v1/obligations/${id(pksId, '2022-Q4')}`, officer)).json();
    expect(view.escalations).toEqual([{ deadlineVersion: 1, level: 1, to: 'unit_head', escalatedAt: '2023-01-10T16:00:00.000Z' }]);
    await expect(workers().run({ kind: 'obligation', id: 'no-such-obligation' }, 1, { type: 'overdue' })).rejects.toMatchObject({ code: 'ObligationNotFound' });
  });

  it('cancels the reports of periods a termination cut short; those already ended stay owed', async () => {
    const pksId = await signedPks();
    const id = (period: string) => `${pksId}.pendampingan-berkala.${period}`;
    api.clock.set(new Date('2023-02-15T03:00:00Z'));
    expect((await api.post(`/v1/pks/${pksId}/terminate`, { terminatedOn: '2023-02-15', reason: 'Reorganisasi perangkat daerah' }, officer)).statusCode).toBe(200);
    const result = await reactor.handle(await lastEvent(`pks-${pksId}`, 'PksTerminated'));
    expect(result?.scheduled).toEqual([id('2022-Q3'), id('2022-Q4')]);
    expect(result?.cancelled).toContain(id('2023-Q1'));

    const q1 = (await api.get(`/v1/obligations/${id('2023-Q1')}`, kalselLiaison)).json();
    expect(q1).toMatchObject({ status: 'cancelled', open: false, cancellation: { cancelledOn: '2023-02-15' } });
    expect((await api.get(`/v1/obligations/${id('2022-Q4')}`, kalselLiaison)).json()).toMatchObject({ status: 'open' });
    expect((await api.store.readStream(`obligation-${id('2022-Q3')}`)).map((e) => e.type)).not.toContain('ObligationCancelled');

    // A PksSigned delivered late (a replay) schedules nothing the termination ended.
    await reactor.onPksSigned(await lastEvent(`pks-${pksId}`, 'PksSigned'));
    expect((await api.get(`/v1/obligations/${id('2023-Q1')}`, kalselLiaison)).json()).toMatchObject({ status: 'cancelled', revision: 1 });
    await expect(api.store.readStream(`obligation-${id('2023-Q3')}`)).rejects.toThrow();
  });
});

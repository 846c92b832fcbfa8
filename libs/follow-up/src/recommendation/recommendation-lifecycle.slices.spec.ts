import { Global, Module } from '@nestjs/common';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@app/kernel';
import { PASER, fixtureHistory } from '@app/registry';
import { SliceHarness, startSlices } from '@app/platform/testing';
import { APP_CONFIG } from '@app/platform/config';
import { DEADLINE_COMMANDS, DeadlineCommands } from '../deadlines/deadline-commands.port';
import { sha256Of, storageKeyFor } from '@app/evidence';
import { FollowUpModule } from '../follow-up.module';
import { liaisonPaser, officerKaltim } from '../testing/recommendation.fixtures';

const dataDir = mkdtempSync(join(tmpdir(), 'recommendations-'));

/** The evidence store's data directory, as AppConfigModule would give it. */
@Global()
@Module({ providers: [{ provide: APP_CONFIG, useValue: { dataDir } }], exports: [APP_CONFIG] })
class TestConfigModule {}

const liaisonPpu: Actor = { id: 'liaison-ppu', role: 'liaison', entityCode: '64.09' };
const pdf = Buffer.from('%PDF-1.7 Keputusan Bupati Paser tentang standar pelayanan DPMPTSP');
const document = { name: 'SK standar pelayanan.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64') };
const evidenceFiles = () => (existsSync(join(dataDir, 'evidence')) ? readdirSync(join(dataDir, 'evidence'), { recursive: true }).length : 0);

describe('recommendation lifecycle over HTTP (slices on an in-memory store)', () => {
  let api: SliceHarness;
  let workers: DeadlineCommands;

  const issue = async (dueOn = '2025-06-10') => {
    const body = { entityCode: '64.01', kind: 'tindakan_korektif', source: { type: 'lahp', ref: 'LAHP/0123/LM/V/2025/BPP' }, title: 'Publish the service standard', issuedOn: '2025-05-20', dueOn };
    const res = await api.post('/v1/recommendations', body, officerKaltim);
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const post = (id: string, path: string, body: object, actor: Actor, headers?: Record<string, string>) => api.post(`/v1/recommendations/${id}/${path}`, body, actor, headers);
  const view = async (id: string) => (await api.get(`/v1/recommendations/${id}`, liaisonPaser)).json();

  beforeAll(async () => {
    api = await startSlices([TestConfigModule, FollowUpModule], new Date('2025-06-01T03:00:00Z'));
    workers = api.app.get(DEADLINE_COMMANDS);
    const seed = fixtureHistory(PASER).map((e, i) => ({
      id: randomUUID(),
      type: e.type,
      data: e.data as unknown as Record<string, unknown>,
      metadata: { schemaVersion: 1, actor: { id: 'seed', role: 'admin' as const }, commandId: `seed/${i}`, correlationId: 'seed', causationId: 'seed', occurredAt: '2025-01-01T00:00:00Z' },
    }));
    await api.store.append('entity-64.01', seed, 'no_stream');
  });
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('splits into action items, needs evidence first, and completes when every item is verified sesuai', async () => {
    const id = await issue();
    const added = await post(id, 'action-items', { unitId: 'dpmptsp', title: 'Display the standard', dueOn: '2025-06-09' }, liaisonPaser);
    expect(added.statusCode).toBe(201);
    const { itemId } = added.json();
    const late = await post(id, 'action-items', { unitId: 'dpmptsp', title: 'Late', dueOn: '2025-06-11' }, liaisonPaser);
    expect([late.statusCode, late.json().code, late.json().errors[0].field]).toEqual([422, 'ActionItemDueAfterRecommendation', 'dueOn']);
    expect((await post(id, `action-items/${itemId}/close`, {}, liaisonPaser)).json()).toMatchObject({ status: 409, code: 'FollowUpRequired' });

    expect((await post(id, 'follow-ups', { summary: 'Nothing attached', documents: [] }, liaisonPaser)).json()).toMatchObject({ status: 422, code: 'EvidenceRequired' });
    const submitted = await post(id, 'follow-ups', { summary: 'Standard adopted and displayed', itemId, documents: [document] }, liaisonPaser);
    expect(submitted.statusCode).toBe(201);
    expect(existsSync(join(dataDir, 'evidence', storageKeyFor(sha256Of(pdf))))).toBe(true);
    expect((await view(id)).status).toBe('menunggu_verifikasi');

    expect((await post(id, `follow-ups/${submitted.json().followUpId}/verify`, { verdict: 'sesuai', note: 'Seen on site' }, officerKaltim)).statusCode).toBe(200);
    expect((await post(id, `action-items/${itemId}/close`, { note: 'Done' }, liaisonPaser)).statusCode).toBe(200);
    expect(await view(id)).toMatchObject({
      status: 'sesuai',
      open: false,
      closure: { kind: 'verified' },
      actionItems: [{ itemId, unitId: 'dpmptsp', dueOn: '2025-06-09', closed: { closedOn: '2025-06-01', note: 'Done' } }],
      followUps: [
        {
          itemId,
          evidence: [{ name: 'SK standar pelayanan.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: sha256Of(pdf), storageKey: storageKeyFor(sha256Of(pdf)) }],
          verification: { verdict: 'sesuai', note: 'Seen on site', verifiedOn: '2025-06-01' },
        },
      ],
    });
  });

  it('stores no evidence for a refused follow-up, and a retried one once', async () => {
    const id = await issue();
    const other = { ...document, contentBase64: Buffer.from('%PDF-1.7 another file').toString('base64') };
    const before = evidenceFiles();
    const mismatch = await post(id, 'follow-ups', { summary: 'x', documents: [{ ...other, sha256: 'f'.repeat(64) }] }, liaisonPaser);
    expect([mismatch.statusCode, mismatch.json().code, mismatch.json().errors[0].field]).toEqual([422, 'EvidenceChecksumMismatch', 'documents.0.sha256']);
    expect((await post(id, 'follow-ups', { summary: 'x', documents: [other] }, liaisonPpu)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect(evidenceFiles()).toBe(before);

    const first = await post(id, 'follow-ups', { summary: 'x', documents: [other] }, liaisonPaser, { 'idempotency-key': 'fu-once' });
    const again = await post(id, 'follow-ups', { summary: 'x', documents: [other] }, liaisonPaser, { 'idempotency-key': 'fu-once' });
    expect(again.json()).toMatchObject({ followUpId: first.json().followUpId, revision: first.json().revision, replayed: true });
    expect((await view(id)).followUps).toHaveLength(1);
  });

  it('keeps every deadline version, and the workers act on the current one only, once', async () => {
    const id = await issue('2025-06-10');
    const subject = { kind: 'recommendation' as const, id };
    const asked = await post(id, 'extensions', { proposedDueOn: '2025-06-30', reason: 'Budget revision' }, liaisonPaser);
    expect(asked.statusCode).toBe(201);
    expect((await post(id, `extensions/${asked.json().requestId}/approve`, {}, officerKaltim)).statusCode).toBe(200);
    expect((await view(id)).deadlineHistory.map((d: { version: number; dueOn: string }) => [d.version, d.dueOn])).toEqual([
      [1, '2025-06-10'],
      [2, '2025-06-30'],
    ]);

    api.clock.set(new Date('2025-06-10T16:00:00Z'));
    expect(await workers.run(subject, 1, { type: 'overdue' })).toBe('unchanged');
    expect(await workers.run(subject, 2, { type: 'overdue' })).toBe('not_due');
    expect(await workers.run(subject, 2, { type: 'reminder', daysBefore: 1 })).toBe('not_due');
    api.clock.set(new Date('2025-06-30T16:00:00Z'));
    expect(await workers.run(subject, 2, { type: 'overdue' })).toBe('recorded');
    expect(await workers.run(subject, 2, { type: 'overdue' })).toBe('unchanged');
    expect(await workers.run(subject, 2, { type: 'escalation', level: 1 })).toBe('recorded');
    expect(await workers.run(subject, 2, { type: 'escalation', level: 2 })).toBe('not_due');
    expect(await view(id)).toMatchObject({
      overdueVersion: 2,
      escalationLevel: 1,
      overdueMarks: [{ deadlineVersion: 2, markedAt: '2025-06-30T16:00:00.000Z' }],
      escalations: [{ deadlineVersion: 2, level: 1, to: 'unit_head' }],
    });
    const events = await api.store.readStream(`recommendation-${id}`);
    expect(events.filter((e) => e.type === 'DeadlineMarkedOverdue').map((e) => e.metadata.actor)).toEqual([{ id: 'system:deadlines', role: 'system' }]);
    api.clock.set(new Date('2025-06-01T03:00:00Z'));
  });

  it('becomes tidak_dapat_ditindaklanjuti only with a reason and an officer’s acceptance; then nothing more happens', async () => {
    const id = await issue();
    expect((await post(id, 'not-actionable/accept', {}, officerKaltim)).json()).toMatchObject({ status: 409, code: 'NoPendingNotActionableRequest' });
    expect((await post(id, 'not-actionable', { reason: 'Office destroyed by the flood' }, liaisonPaser)).statusCode).toBe(200);
    expect((await post(id, 'not-actionable/accept', {}, liaisonPaser)).json()).toMatchObject({ status: 403, code: 'RoleNotAllowed' });
    expect((await post(id, 'not-actionable/accept', { note: 'Confirmed by BPBD' }, officerKaltim)).statusCode).toBe(200);
    expect(await view(id)).toMatchObject({ status: 'tidak_dapat_ditindaklanjuti', open: false, closure: { kind: 'not_actionable', reason: 'Office destroyed by the flood' } });
    expect((await post(id, 'follow-ups', { summary: 'x', documents: [document] }, liaisonPaser)).json()).toMatchObject({ status: 409, code: 'RecommendationClosed' });
    api.clock.set(new Date('2025-06-11T00:00:00Z'));
    expect(await workers.run({ kind: 'recommendation', id }, 1, { type: 'overdue' })).toBe('unchanged');
    api.clock.set(new Date('2025-06-01T03:00:00Z'));
  });

  it('closes administratively with a reason; an unknown recommendation is refused like a foreign one', async () => {
    const id = await issue();
    expect((await post(id, 'close', { reason: 'Superseded' }, officerKaltim)).statusCode).toBe(200);
    expect((await post(id, 'close', { reason: 'Again' }, officerKaltim)).json()).toMatchObject({ status: 409, code: 'RecommendationAlreadyClosed' });
    expect((await post(randomUUID(), 'close', { reason: 'x' }, officerKaltim)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await post(randomUUID(), 'follow-ups', { summary: 'x', documents: [document] }, liaisonPaser)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
  });
});

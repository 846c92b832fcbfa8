import { Global, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@app/kernel';
import type { RecordedEvent } from '@app/event-store';
import { newEvent } from '@app/event-store/contract';
import { AgreementsModule, KALSEL_MOU, KALSEL_PKS_2022 } from '@app/agreements';
import { KALSEL, RegistryModule } from '@app/registry';
import { SliceHarness, startSlices } from '@app/platform/testing';
import { APP_CONFIG } from '@app/platform/config';
import { sha256Of, storageKeyFor } from '@app/evidence';
import { ObligationsModule } from './obligations.module';
import { PksObligationsReactor } from './pks-obligations.reactor';
import { kalselLiaison } from './testing/obligation.fixtures';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const officer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const dataDir = mkdtempSync(join(tmpdir(), 'obligation-evidence-'));

@Global()
@Module({ providers: [{ provide: APP_CONFIG, useValue: { dataDir } }], exports: [APP_CONFIG] })
class TestConfigModule {}

/** A PDF (by its signature: the type is judged from the bytes) that differs by its text. */
const pdfOf = (text: string) => Buffer.from(`%PDF-1.4 ${text}`);
const upload = (text: string) => ({ name: `${text}.pdf`, mediaType: 'application/pdf', contentBase64: pdfOf(text).toString('base64') });
const fileOf = (text: string) => join(dataDir, 'evidence', storageKeyFor(sha256Of(pdfOf(text))));
/** Every file under the evidence directory (the two-character fan-out, then the files). */
const evidenceFiles = (): string[] => {
  const root = join(dataDir, 'evidence');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((dir) => readdirSync(join(root, dir)).map((file) => `${dir}/${file}`));
};
const RECORDED_REPORT = storageKeyFor(sha256Of(pdfOf('the-report')));
/** Files no recorded fulfilment cites; the tests may run in any order, so the recorded one may be there already. */
const uncitedFiles = (): string[] => evidenceFiles().filter((file) => file !== RECORDED_REPORT);

describe('fulfilling an obligation stores evidence only for a fulfilment that is recorded', () => {
  let api: SliceHarness;
  let obligationId: string;

  beforeAll(async () => {
    api = await startSlices([TestConfigModule, RegistryModule, AgreementsModule, ObligationsModule], new Date('2022-07-05T02:00:00Z'));
    const { units, ...entity } = KALSEL;
    await api.post('/v1/entities', entity, admin);
    for (const unit of units) await api.post(`/v1/entities/${entity.code}/units`, unit, admin);
    await api.post('/v1/mous', KALSEL_MOU, officer);
    const pksId: string = (await api.post('/v1/pks', KALSEL_PKS_2022.draft, officer)).json().id;
    await api.post(`/v1/pks/${pksId}/finalize`, KALSEL_PKS_2022.finalize, officer);
    await api.post(`/v1/pks/${pksId}/sign`, KALSEL_PKS_2022.sign, officer);
    const signed = (await api.store.readStream(`pks-${pksId}`)).filter((e) => e.type === 'PksSigned').pop() as RecordedEvent;
    await api.app.get(PksObligationsReactor).handle(signed);
    obligationId = `${pksId}.pendampingan-berkala.2022-Q3`;
    api.clock.set(new Date('2022-10-04T03:00:00Z'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const fulfil = (text: string, headers: Record<string, string> = {}) =>
    api.post(`/v1/obligations/${obligationId}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [upload(text)] }, kalselLiaison, headers);

  it('a fulfilment refused with 412 (stale If-Match) leaves no file in the evidence directory', async () => {
    const res = await fulfil('stale-if-match', { 'if-match': '"7"' });
    expect(res.statusCode).toBe(412);
    expect(existsSync(fileOf('stale-if-match'))).toBe(false);
    expect(uncitedFiles()).toEqual([]);
  });

  it('a fulfilment refused outside the scope leaves no file either', async () => {
    const paser: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };
    const res = await api.post(`/v1/obligations/${obligationId}/fulfil`, { fulfilledOn: '2022-10-04', evidence: [upload('foreign')] }, paser);
    expect(res.statusCode).toBe(403);
    expect(uncitedFiles()).toEqual([]);
  });

  /** An upload as POST /v1/evidence records it, for `entityCode`. */
  const recordUpload = async (entityCode: string, text: string): Promise<string> => {
    const content = pdfOf(text);
    const documentId = randomUUID();
    const described = { documentId, entityCode, provinceCode: entityCode.slice(0, 2), name: `${text}.pdf`, mediaType: 'application/pdf', size: content.length, sha256: sha256Of(content), storageKey: storageKeyFor(sha256Of(content)) };
    await api.store.append(`evidence-${documentId}`, [newEvent('EvidenceUploaded', { ...described, uploadedBy: { id: 'liaison-x', role: 'liaison' } })], 'no_stream');
    return documentId;
  };

  it("refuses a document uploaded for another provider, naming documents.<i>.documentId", async () => {
    const foreign = await recordUpload('64.01', 'paser-report');
    const res = await api.post(`/v1/obligations/${obligationId}/fulfil`, { fulfilledOn: '2022-10-04', documents: [upload('own'), { documentId: foreign }] }, kalselLiaison);
    expect(res.json()).toMatchObject({ status: 422, code: 'UnknownDocument', errors: [{ field: 'documents.1.documentId' }] });
  });

  it('takes the documents once: as documents, or by their former name evidence', async () => {
    const res = await api.post(`/v1/obligations/${obligationId}/fulfil`, { fulfilledOn: '2022-10-04', documents: [upload('a')], evidence: [upload('a')] }, kalselLiaison);
    expect(res.json()).toMatchObject({ status: 422, code: 'AmbiguousDocuments', errors: [{ field: 'evidence' }] });
  });

  it('stores the evidence of the fulfilment that is recorded, and only that', async () => {
    const res = await fulfil('the-report', { 'if-match': '"0"' });
    expect(res.statusCode).toBe(200);
    expect(evidenceFiles()).toEqual([RECORDED_REPORT]);
    // Refused again (already fulfilled, 409): its new document is not kept.
    expect((await fulfil('a-second-report')).statusCode).toBe(409);
    expect(existsSync(fileOf('a-second-report'))).toBe(false);
  });

  it('records an upload of the same provider cited by documentId as the upload describes it', async () => {
    const own = await recordUpload('63', 'q4-report');
    const q4 = obligationId.replace('2022-Q3', '2022-Q4');
    expect((await api.post(`/v1/obligations/${q4}/fulfil`, { fulfilledOn: '2022-10-04', documents: [{ documentId: own }] }, kalselLiaison)).statusCode).toBe(200);
    const fulfilled = (await api.store.readStream(`obligation-${q4}`)).find((e) => e.type === 'ObligationFulfilled') as RecordedEvent;
    expect(fulfilled.data.evidence).toEqual([{ documentId: own, name: 'q4-report.pdf', mediaType: 'application/pdf', size: pdfOf('q4-report').length, sha256: sha256Of(pdfOf('q4-report')), storageKey: storageKeyFor(sha256Of(pdfOf('q4-report'))) }]);
  });
});

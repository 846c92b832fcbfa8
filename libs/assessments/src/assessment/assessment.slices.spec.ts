import { DomainError } from '@app/kernel';
import { PASER, fixtureHistory } from '@app/registry';
import { bundledMethodologyCatalog } from '../methodology/methodology-catalog';
import { ListMethodologiesHandler } from '../methodology/queries/list-methodologies/list-methodologies.handler';
import { admin, auditor, liaisonPaser, officerBengkulu, officerKaltim } from '../testing/assessment.fixtures';
import { sliceHarness } from '@app/platform/testing';
import { CorrectAssessmentCommand } from './commands/correct-assessment/correct-assessment.command';
import { CorrectAssessmentHandler } from './commands/correct-assessment/correct-assessment.handler';
import { RecordAssessmentCommand } from './commands/record-assessment/record-assessment.command';
import { RecordAssessmentHandler } from './commands/record-assessment/record-assessment.handler';
import { GetAssessmentHandler } from './queries/get-assessment/get-assessment.handler';
import { GetAssessmentQuery } from './queries/get-assessment/get-assessment.query';

const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as DomainError);

describe('assessment slices (handlers on the real AggregateStore)', () => {
  const h = sliceHarness();
  const catalog = bundledMethodologyCatalog();
  const record = new RecordAssessmentHandler(h.aggregates, catalog);
  const correct = new CorrectAssessmentHandler(h.aggregates, catalog);
  const get = new GetAssessmentHandler(h.aggregates);
  const paser2023 = {
    entityCode: '64.01',
    year: 2023,
    score: 81.22,
    loci: [{ unitId: 'puskesmas-senaken', score: 77.99 }],
    publishedOn: '2023-12-10',
  };

  beforeAll(() => h.seed('entity-64.01', fixtureHistory(PASER)));
  afterAll(() => h.store.close());

  /** Paser 2023 recorded once, whichever test needs it first, so the tests hold in any order. */
  let recording: ReturnType<typeof record.execute> | undefined;
  const recorded = () => (recording ??= record.execute(new RecordAssessmentCommand(paser2023, h.meta(officerKaltim, 'cmd-record'))));

  it('records on assessment-<entityCode>-<year>, loading units from the registry', async () => {
    const result = await recorded();
    expect(result).toMatchObject({ id: '64.01-2023', stream: 'assessment-64.01-2023', revision: 0, replayed: false });
  });

  it('answers a repeated command id with the first result', async () => {
    await recorded();
    const again = await record.execute(new RecordAssessmentCommand(paser2023, h.meta(officerKaltim, 'cmd-record')));
    expect(again).toMatchObject({ revision: 0, replayed: true });
  });

  it('is 404 for a provider the registry does not know', async () => {
    const error = await rejection(record.execute(new RecordAssessmentCommand({ ...paser2023, entityCode: '99.99' }, h.meta(admin))));
    expect(error).toMatchObject({ kind: 'not_found', code: 'EntityNotFound' });
  });

  it('corrects, and the query shows the history; asOf shows the state before', async () => {
    await recorded();
    h.setNow(new Date('2025-06-02T03:00:00Z'));
    const body = { score: 80.1, reason: 'Data entry error in the process dimension', correctedOn: '2024-01-15' };
    expect(await correct.execute(new CorrectAssessmentCommand('64.01-2023', body, h.meta(admin)))).toMatchObject({ revision: 1 });

    const now = await get.execute(new GetAssessmentQuery('64.01-2023', auditor));
    expect(now).toMatchObject({ id: '64.01-2023', stream: 'assessment-64.01-2023', revision: 1, score: 80.1, category: 'B' });
    expect(now.history.map((c) => c.score)).toEqual([81.22, 80.1]);

    const before = await get.execute(new GetAssessmentQuery('64.01-2023', auditor, { asOf: { instant: new Date('2025-06-01T12:00:00Z') } }));
    expect(before).toMatchObject({ revision: 0, score: 81.22 });
  });

  it('is 404 on correcting a malformed id or an unrecorded year', async () => {
    const body = { score: 70, reason: 'x', correctedOn: '2024-01-15' };
    expect(await rejection(correct.execute(new CorrectAssessmentCommand('paser', body, h.meta(admin))))).toMatchObject({ code: 'AssessmentNotFound' });
    expect(await rejection(correct.execute(new CorrectAssessmentCommand('64.01-2022', body, h.meta(admin))))).toMatchObject({ code: 'AssessmentNotFound' });
  });

  it('reads: 404 when absent (or not yet as of asOf), 403 outside scope, the liaison of the provider may read', async () => {
    await recorded();
    expect(await rejection(get.execute(new GetAssessmentQuery('64.01-2019', admin)))).toMatchObject({ kind: 'not_found' });
    expect(await rejection(get.execute(new GetAssessmentQuery('64.01-2023', admin, { asOf: { instant: new Date('2025-01-01') } })))).toMatchObject({ kind: 'not_found' });
    expect(await rejection(get.execute(new GetAssessmentQuery('64.01-2023', officerBengkulu)))).toMatchObject({ kind: 'forbidden', code: 'OutsideScope' });
    await expect(get.execute(new GetAssessmentQuery('64.01-2023', liaisonPaser))).resolves.toMatchObject({ entityCode: '64.01' });
  });

  it('lists the methodology catalog with its coverage', async () => {
    const view = await new ListMethodologiesHandler(catalog).execute();
    expect(view.coverage).toBe('2013–2019, 2021 onward');
    expect(view.methodologies.map((m) => m.id)).toEqual(['survei-kepatuhan', 'penilaian-kepatuhan-2022', 'opini-ombudsman-2025']);
  });
});

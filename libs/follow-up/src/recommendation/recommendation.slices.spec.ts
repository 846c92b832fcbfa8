import { DomainError } from '@app/kernel';
import { PASER, fixtureHistory } from '@app/registry';
import { bundledDueRules } from '../deadlines/due-rules';
import { BundledHolidayCalendar } from '@app/calendar';
import { admin, auditor, liaisonPaser, officerBengkulu, officerKaltim } from '../testing/recommendation.fixtures';
import { sliceHarness } from '@app/platform/testing';
import { IssueRecommendationCommand } from './commands/issue-recommendation/issue-recommendation.command';
import { IssueRecommendationHandler } from './commands/issue-recommendation/issue-recommendation.handler';
import { IssueRecommendationRequestDto } from './commands/issue-recommendation/issue-recommendation.request.dto';
import { GetRecommendationHandler } from './queries/get-recommendation/get-recommendation.handler';
import { GetRecommendationQuery } from './queries/get-recommendation/get-recommendation.query';

const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as DomainError);

describe('recommendation slices (handlers on the real AggregateStore)', () => {
  const h = sliceHarness();
  const issue = new IssueRecommendationHandler(h.aggregates, bundledDueRules(), new BundledHolidayCalendar());
  const get = new GetRecommendationHandler(h.aggregates);
  const body: IssueRecommendationRequestDto = {
    entityCode: '64.01',
    unitId: 'dpmptsp',
    kind: 'tindakan_korektif',
    source: { type: 'assessment', ref: 'assessment-64.01-2023' },
    title: 'Publish the complete service standard at the counter',
    issuedOn: '2025-03-20',
  };

  beforeAll(async () => {
    await h.seed('entity-64.01', fixtureHistory(PASER));
    await h.seed('assessment-64.01-2023', [{ type: 'AssessmentRecorded', data: { assessmentId: '64.01-2023', entityCode: '64.01', provinceCode: '64' } }]);
  });
  afterAll(() => h.store.close());

  it('issues on a stream named from the command id, so a retry lands on the same one', async () => {
    const first = await issue.execute(new IssueRecommendationCommand(body, h.meta(officerKaltim, 'key-1')));
    expect(first.stream).toBe(`recommendation-${first.id}`);
    const retry = await issue.execute(new IssueRecommendationCommand(body, h.meta(officerKaltim, 'key-1')));
    expect(retry).toMatchObject({ id: first.id, replayed: true });

    const view = await get.execute(new GetRecommendationQuery(first.id, liaisonPaser));
    expect(view).toMatchObject({
      id: first.id,
      // Entered after 2025-05-16 had passed: a late record, its overdue mark appended with it (revision 1).
      revision: 1,
      status: 'belum_ditindaklanjuti',
      // 30 working days in WITA, skipping Nyepi, Idulfitri and cuti bersama 2025.
      deadline: { version: 1, dueOn: '2025-05-16', dueAt: '2025-05-16T16:00:00.000Z', timeZone: 'WITA', setBy: 'rule' },
    });
  });

  it('is 404 when the source assessment was never recorded, or the provider is unknown', async () => {
    const missing = { ...body, source: { type: 'assessment' as const, ref: 'assessment-64.01-2019' } };
    expect(await rejection(issue.execute(new IssueRecommendationCommand(missing, h.meta(admin))))).toMatchObject({ code: 'SourceAssessmentNotFound' });
    expect(await rejection(issue.execute(new IssueRecommendationCommand({ ...body, entityCode: '99' }, h.meta(admin))))).toMatchObject({ code: 'EntityNotFound' });
  });

  it('refuses an officer outside the province in the decider', async () => {
    expect(await rejection(issue.execute(new IssueRecommendationCommand(body, h.meta(officerBengkulu))))).toMatchObject({ kind: 'forbidden' });
  });

  it('reads: 404 for an unknown id, 403 outside scope, auditors read all', async () => {
    const { id } = await issue.execute(new IssueRecommendationCommand({ ...body, dueOn: '2025-03-31' }, h.meta(admin)));
    expect(await rejection(get.execute(new GetRecommendationQuery('nope', admin)))).toMatchObject({ code: 'RecommendationNotFound' });
    expect(await rejection(get.execute(new GetRecommendationQuery(id, officerBengkulu)))).toMatchObject({ code: 'OutsideScope' });
    await expect(get.execute(new GetRecommendationQuery(id, auditor))).resolves.toMatchObject({ deadline: { dueOn: '2025-03-31', setBy: 'request', rule: null } });
  });
});

import { PASER, fixtureHistory } from '@app/registry';
import { BundledHolidayCalendar } from '@app/calendar';
import { sliceHarness } from '@app/platform/testing';
import { bundledDueRules } from '../deadlines/due-rules';
import { liaisonPaser, officerKaltim } from '../testing/recommendation.fixtures';
import { executeOnRecommendation } from './commands/on-recommendation';
import { IssueRecommendationCommand } from './commands/issue-recommendation/issue-recommendation.command';
import { IssueRecommendationHandler } from './commands/issue-recommendation/issue-recommendation.handler';
import { VerifyFollowUpCommand } from './commands/verify-follow-up/verify-follow-up.command';
import { VerifyFollowUpHandler } from './commands/verify-follow-up/verify-follow-up.handler';
import { GetRecommendationHandler } from './queries/get-recommendation/get-recommendation.handler';
import { GetRecommendationQuery } from './queries/get-recommendation/get-recommendation.query';

/**
 * A 2023 recommendation to Kab. Paser (WITA) entered today (1 December 2026), with its follow-up
 * received by letter on 1 June 2023 and verified sesuai on 1 July 2023: the stored envelopes carry
 * those business dates as occurredAt, and validAt reads show the record as it stood then.
 */
describe('business dates through the real AggregateStore', () => {
  const h = sliceHarness(new Date('2026-12-01T03:00:00Z'));
  const issue = new IssueRecommendationHandler(h.aggregates, bundledDueRules(), new BundledHolidayCalendar());
  const verify = new VerifyFollowUpHandler(h.aggregates);
  const get = new GetRecommendationHandler(h.aggregates);
  const endOfDayWita = (date: string) => `${date}T15:59:59.999Z`;
  const letter = { documentId: 'doc-1', name: 'surat-700-123.pdf', mediaType: 'application/pdf', size: 1024, sha256: 'b'.repeat(64), storageKey: `bb/${'b'.repeat(64)}` };
  let id = '';

  beforeAll(async () => {
    await h.seed('entity-64.01', fixtureHistory(PASER));
    ({ id } = await issue.execute(
      new IssueRecommendationCommand(
        { entityCode: '64.01', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP/0045/LM/V/2023/BPP' }, title: 'Penuhi komponen standar pelayanan', issuedOn: '2023-05-02', dueOn: '2023-12-31' },
        h.meta(officerKaltim),
      ),
    ));
    await executeOnRecommendation(
      h.aggregates,
      id,
      { type: 'SubmitFollowUp', data: { followUpId: 'fu-1', itemId: null, summary: 'SK standar pelayanan', evidence: [letter], submittedOn: '2023-06-01', receivedVia: 'surat', letterNumber: '700/123/Org' } },
      h.meta(officerKaltim),
    );
    await verify.execute(new VerifyFollowUpCommand(id, 'fu-1', { verdict: 'sesuai', note: 'Diperiksa', verifiedOn: '2023-07-01' }, h.meta(officerKaltim)));
  });
  afterAll(() => h.store.close());

  it('stores each act with its business date as the envelope occurredAt, recordedAt staying today', async () => {
    const events = await h.store.readStream(`recommendation-${id}`);
    const lifecycle = events.filter((e) => !e.type.startsWith('Deadline'));
    expect(lifecycle.map((e) => [e.type, e.metadata.occurredAt])).toEqual([
      ['RecommendationIssued', endOfDayWita('2023-05-02')],
      ['FollowUpSubmitted', endOfDayWita('2023-06-01')],
      ['FollowUpVerified', endOfDayWita('2023-07-01')],
      ['RecommendationFulfilled', endOfDayWita('2023-07-01')],
    ]);
    expect(lifecycle.every((e) => e.metadata.recordedAt.startsWith('2026-12-01'))).toBe(true);
    expect(lifecycle[1].data).toMatchObject({ receivedVia: 'surat', letterNumber: '700/123/Org', submittedOn: '2023-06-01' });
  });

  it('reads the record as it stood on each business date (validAt), in the provider zone', async () => {
    const at = (date: string) => get.execute(new GetRecommendationQuery(id, liaisonPaser, { validAt: { date } }));
    await expect(at('2023-05-01')).rejects.toMatchObject({ code: 'RecommendationNotFound' });
    await expect(at('2023-05-02')).resolves.toMatchObject({ status: 'belum_ditindaklanjuti', open: true, followUps: [] });
    await expect(at('2023-06-15')).resolves.toMatchObject({ status: 'menunggu_verifikasi', open: true, followUps: [{ followUpId: 'fu-1', receivedVia: 'surat', verification: null }] });
    await expect(at('2023-12-31')).resolves.toMatchObject({
      status: 'sesuai',
      open: false,
      closure: { kind: 'verified', closedOn: '2023-07-01' },
      readAt: [{ axis: 'valid', instant: endOfDayWita('2023-12-31') }],
    });
  });
});

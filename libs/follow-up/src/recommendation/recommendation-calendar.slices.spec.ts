import { BundledHolidayCalendar } from '@app/calendar';
import { fold } from '@app/kernel';
import { sliceHarness } from '@app/platform/testing';
import { PASER, fixtureHistory } from '@app/registry';
import { bundledDueRules } from '../deadlines/due-rules';
import { officerKaltim } from '../testing/recommendation.fixtures';
import { IssueRecommendationCommand } from './commands/issue-recommendation/issue-recommendation.command';
import { IssueRecommendationHandler } from './commands/issue-recommendation/issue-recommendation.handler';
import type { IssueRecommendationRequestDto } from './commands/issue-recommendation/issue-recommendation.request.dto';
import { recommendationDecider } from './domain/recommendation.decider';
import { issuedEvent } from './domain/recommendation.spec-fixtures';
import { GetRecommendationHandler } from './queries/get-recommendation/get-recommendation.handler';
import { GetRecommendationQuery } from './queries/get-recommendation/get-recommendation.query';

const skb2026 = { year: 2026, source: 'skb', reference: 'SKB 1497/2025, 2/2025, 5/2025', version: 1 };

describe("a recommendation's deadline says which calendar counted its working days", () => {
  const h = sliceHarness(new Date('2026-12-01T03:00:00Z'));
  const issue = new IssueRecommendationHandler(h.aggregates, bundledDueRules(), new BundledHolidayCalendar());
  const get = new GetRecommendationHandler(h.aggregates);
  const body = (over: Partial<IssueRecommendationRequestDto>): IssueRecommendationRequestDto => ({
    entityCode: '64.01',
    kind: 'tindakan_korektif',
    source: { type: 'lahp', ref: 'LAHP/0031/LM/III/2026/BPP' },
    title: 'Jawab pengaduan sesuai standar pelayanan',
    issuedOn: '2026-03-16',
    ...over,
  });
  /** The deadline as stored in RecommendationIssued and as the query shows it. */
  async function issued(over: Partial<IssueRecommendationRequestDto> = {}) {
    const { id, stream } = await issue.execute(new IssueRecommendationCommand(body(over), h.meta(officerKaltim)));
    const [event] = await h.store.readStream(stream, { maxCount: 1 });
    return { stored: (event.data as { deadline: Record<string, unknown> }).deadline, view: (await get.execute(new GetRecommendationQuery(id, officerKaltim))).deadline };
  }

  beforeAll(() => h.seed('entity-64.01', fixtureHistory(PASER)));
  afterAll(() => h.store.close());

  it('stores and shows the 2026 SKB for 30 working days from 16 March, past the Idulfitri cuti bersama', async () => {
    const { stored, view } = await issued();
    expect(stored).toMatchObject({ dueOn: '2026-05-06', calendar: [skb2026] });
    expect(view).toMatchObject({ dueOn: '2026-05-06', setBy: 'rule', calendar: [skb2026] });
  });

  it('still computes a deadline reaching into 2027, marking that year estimated', async () => {
    const { stored, view } = await issued({ issuedOn: '2026-12-01' });
    const calendar = [skb2026, { year: 2027, source: 'estimated', reference: expect.stringMatching(/^date-holidays \d/), version: null }];
    expect(stored).toMatchObject({ dueOn: '2027-01-18', calendar });
    expect(view.calendar).toEqual(calendar);
  });

  it('records no calendar for calendar days or a given date, and shows null', async () => {
    const rekomendasi = await issued({ kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP/0033/LM/III/2026/BPP' } });
    expect(rekomendasi.stored).not.toHaveProperty('calendar');
    expect(rekomendasi.view.calendar).toBeNull();
    const given = await issued({ dueOn: '2026-06-30' });
    expect(given.view).toMatchObject({ setBy: 'request', calendar: null });
  });

  it('folds deadlines stored before the calendar was recorded as null (unknown)', () => {
    const old = { ...issuedEvent, data: { ...issuedEvent.data, deadline: { ...issuedEvent.data.deadline } } };
    delete old.data.deadline.calendar;
    const state = fold(recommendationDecider, [old]);
    expect(state?.deadline.calendar).toBeNull();
    expect(state?.deadlineHistory[0].calendar).toBeNull();
  });
});

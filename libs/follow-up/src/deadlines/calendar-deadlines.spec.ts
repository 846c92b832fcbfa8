import type { Actor } from '@app/kernel';
import { PASER, fixtureHistory } from '@app/registry';
import { sliceHarness } from '@app/platform/testing';
import { AddHolidayCommand, AddHolidayHandler, DeclareWorkingDayCommand, DeclareWorkingDayHandler, SeedCalendarCommand, SeedCalendarHandler, EventSourcedHolidayCalendar } from '@app/calendar';
import { bundledDueRules } from './due-rules';
import { IssueRecommendationCommand } from '../recommendation/commands/issue-recommendation/issue-recommendation.command';
import { IssueRecommendationHandler } from '../recommendation/commands/issue-recommendation/issue-recommendation.handler';
import { GetRecommendationHandler } from '../recommendation/queries/get-recommendation/get-recommendation.handler';
import { GetRecommendationQuery } from '../recommendation/queries/get-recommendation/get-recommendation.query';

const admin: Actor = { id: 'admin', role: 'admin' };
const officer: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };

describe("the admin calendar moves recommendations' working-day due dates", () => {
  // A store and calendar per test: each changes the 2025 calendar its own way, in any order.
  let h: ReturnType<typeof sliceHarness>;
  let calendars: EventSourcedHolidayCalendar;
  let issue: IssueRecommendationHandler;
  let get: GetRecommendationHandler;
  const body = {
    entityCode: '64.01',
    kind: 'tindakan_korektif' as const,
    source: { type: 'lahp' as const, ref: 'LAHP/0007/LM/III/2025/BPP' },
    title: 'Answer complaints within the service standard',
    issuedOn: '2025-03-20',
  };
  const dueOn = async () => {
    const { id } = await issue.execute(new IssueRecommendationCommand(body, h.meta(officer)));
    return (await get.execute(new GetRecommendationQuery(id, officer))).deadline.dueOn;
  };

  const seed2025 = () => new SeedCalendarHandler(h.aggregates, calendars).execute(new SeedCalendarCommand(2025, {}, h.meta(admin)));

  beforeEach(async () => {
    h = sliceHarness(new Date('2025-03-20T03:00:00Z'));
    calendars = new EventSourcedHolidayCalendar(h.store, h.aggregates);
    issue = new IssueRecommendationHandler(h.aggregates, bundledDueRules(), calendars);
    get = new GetRecommendationHandler(h.aggregates);
    await h.seed('entity-64.01', fixtureHistory(PASER));
    await calendars.onModuleInit();
  });
  afterEach(async () => {
    await calendars.onModuleDestroy();
    await h.store.close();
  });

  it('is the bundled calendar until the year is seeded, and the same right after seeding', async () => {
    expect(await dueOn()).toBe('2025-05-16'); // 30 working days, WITA, skipping Nyepi, Idulfitri, cuti bersama
    await seed2025();
    expect(calendars.isManaged(2025)).toBe(true);
    expect(await dueOn()).toBe('2025-05-16');
  });

  it('moves a day later when the admin adds a holiday inside the period, and back with a working Saturday', async () => {
    await seed2025();
    const add = new AddHolidayHandler(h.aggregates, calendars);
    await add.execute(new AddHolidayCommand(2025, { date: '2025-04-22', name: 'Cuti bersama tambahan', kind: 'collective_leave' }, h.meta(admin)));
    expect(await dueOn()).toBe('2025-05-19'); // Friday 16 May → Monday 19 May

    const declare = new DeclareWorkingDayHandler(h.aggregates, calendars);
    await declare.execute(new DeclareWorkingDayCommand(2025, { date: '2025-04-26', reason: 'Hari kerja pengganti' }, h.meta(admin)));
    expect(await dueOn()).toBe('2025-05-16');
  });

  it('leaves deadlines already issued as they were: the deadline is a recorded fact', async () => {
    await seed2025();
    const { id } = await issue.execute(new IssueRecommendationCommand(body, h.meta(officer)));
    await new AddHolidayHandler(h.aggregates, calendars).execute(
      new AddHolidayCommand(2025, { date: '2025-04-23', name: 'Libur tambahan', kind: 'national' }, h.meta(admin)),
    );
    expect((await get.execute(new GetRecommendationQuery(id, officer))).deadline.dueOn).toBe('2025-05-16');
    expect(await dueOn()).toBe('2025-05-19');
  });
});

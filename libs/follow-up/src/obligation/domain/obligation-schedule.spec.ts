import { BundledHolidayCalendar } from '@app/calendar';
import { WorkingCalendar } from '@app/calendar';
import { Q3_2022_ID, defaultPolicy, kalselFacts, weekendsOnly } from '../testing/obligation.fixtures';
import { obligationsEndedByTermination, obligationsForPks } from './obligation-schedule';

const keys = (facts = kalselFacts(), policy = defaultPolicy) => obligationsForPks(facts, policy, weekendsOnly).map((o) => o.period.key);
const quarterly = (every: 'month' | 'quarter' | 'semester' | 'year') => [{ id: 'laporan', text: 'Laporan berkala', obligation: { every } }];

describe('obligationsForPks', () => {
  it('schedules the quarterly report of the Kalsel PKS from signing: first period clipped, due 10 days after, end of day WITA', () => {
    const [first] = obligationsForPks(kalselFacts({ validUntil: '2023-07-04' }), defaultPolicy, weekendsOnly);
    expect(first).toEqual({
      obligationId: Q3_2022_ID,
      pksId: kalselFacts().pksId,
      scopeId: 'pendampingan-berkala',
      entityCode: '63',
      provinceCode: '63',
      unitIds: ['inspektorat', 'dpmptsp'],
      text: 'Pendampingan berkala',
      period: { key: '2022-Q3', start: '2022-07-05', end: '2022-09-30' },
      deadline: { version: 1, dueOn: '2022-10-10', dueAt: '2022-10-10T16:00:00.000Z', timeZone: 'WITA' },
    });
  });

  it('runs to validUntil, across the year end, clipping the last period', () => {
    const all = obligationsForPks(kalselFacts({ validUntil: '2023-07-04' }), defaultPolicy, weekendsOnly);
    expect(all.map((o) => o.period.key)).toEqual(['2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
    expect(all[1].deadline.dueOn).toBe('2023-01-10');
    expect(all[4].period).toEqual({ key: '2023-Q3', start: '2023-07-01', end: '2023-07-04' });
    expect(all[4].deadline.dueOn).toBe('2023-07-14');
  });

  it('schedules the next 4 periods of an open-ended PKS, and further ahead when asked later', () => {
    expect(keys()).toEqual(['2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2']);
    expect(keys(kalselFacts({ today: '2023-05-01' }))).toEqual(['2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
  });

  it('handles monthly, semester and yearly reports across year ends', () => {
    expect(keys(kalselFacts({ scope: quarterly('month'), signedOn: '2022-12-20' }))).toEqual(['2022-12', '2023-01', '2023-02', '2023-03']);
    const semesters = obligationsForPks(kalselFacts({ scope: quarterly('semester'), signedOn: '2022-11-15', validUntil: '2023-12-31' }), defaultPolicy, weekendsOnly);
    expect(semesters.map((o) => [o.period.key, o.period.start, o.period.end, o.deadline.dueOn])).toEqual([
      ['2022-S2', '2022-11-15', '2022-12-31', '2023-01-10'],
      ['2023-S1', '2023-01-01', '2023-06-30', '2023-07-10'],
      ['2023-S2', '2023-07-01', '2023-12-31', '2024-01-10'],
    ]);
    expect(keys(kalselFacts({ scope: quarterly('year'), validUntil: '2024-07-04' }))).toEqual(['2022', '2023', '2024']);
  });

  it('makes nothing of scope items without a periodic report, and one series per item with one', () => {
    expect(keys(kalselFacts({ scope: [{ id: 'a', text: 'A', obligation: null }] }))).toEqual([]);
    const two = obligationsForPks(kalselFacts({ scope: [...quarterly('year'), { id: 'b', text: 'B', obligation: { every: 'semester' } }] }), defaultPolicy, weekendsOnly);
    expect(two.map((o) => o.obligationId.split('.').slice(1).join('.'))).toEqual([
      'laporan.2022', 'laporan.2023', 'laporan.2024', 'laporan.2025', 'b.2022-S2', 'b.2023-S1', 'b.2023-S2', 'b.2024-S1',
    ]);
  });

  it('takes the grace period from the policy, in calendar or working days', () => {
    const due = (graceBasis: 'calendar' | 'working', graceDays: number, calendar = weekendsOnly) =>
      obligationsForPks(kalselFacts(), { ...defaultPolicy, graceDays, graceBasis }, calendar)[0].deadline.dueOn;
    expect(due('calendar', 30)).toBe('2022-10-30');
    expect(due('working', 10)).toBe('2022-10-14'); // from Friday 30 Sep: two working weeks
    const indonesia = WorkingCalendar.of(new BundledHolidayCalendar());
    expect(obligationsForPks(kalselFacts(), { ...defaultPolicy, graceBasis: 'working' }, indonesia)[1].deadline.dueOn).toBe('2023-01-13');
  });

  it('owes only the periods that ended by a termination date, and names the others for cancelling', () => {
    const terminated = kalselFacts({ validUntil: '2023-07-04', terminatedOn: '2023-02-15' });
    expect(keys(terminated)).toEqual(['2022-Q3', '2022-Q4']);
    expect(obligationsEndedByTermination(terminated, defaultPolicy, weekendsOnly).map((id) => id.split('.').pop())).toEqual(['2023-Q1', '2023-Q2', '2023-Q3']);
    expect(obligationsEndedByTermination(kalselFacts(), defaultPolicy, weekendsOnly)).toEqual([]);
  });
});

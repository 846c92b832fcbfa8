import { BundledHolidayCalendar, WorkingCalendar } from '@app/calendar';
import { fold } from '@app/kernel';
import { defaultPolicy, kalselFacts, q3Scheduled } from '../testing/obligation.fixtures';
import { obligationDecider } from './obligation.decider';
import { obligationsForPks } from './obligation-schedule';

const indonesia = WorkingCalendar.of(new BundledHolidayCalendar());
const working = { ...defaultPolicy, graceBasis: 'working' as const };

describe('which calendar an obligation deadline was counted on', () => {
  it('records the decree of each year a working-day grace period counts through', () => {
    // Q4 2025 ends 31 Dec: its 10 working days run into 2026, bundled from SKB 1497/2025.
    const facts = kalselFacts({ signedOn: '2025-10-01', validUntil: '2026-06-30' });
    const [q4] = obligationsForPks(facts, working, indonesia);
    expect(q4.deadline.calendar).toEqual([{ year: 2026, source: 'skb', reference: 'SKB 1497/2025, 2/2025, 5/2025', version: 1 }]);
    // Q1 2026 ends 31 Mar, right after the Idulfitri block: 10 working days from 1 Apr, less Good Friday 3 Apr.
    expect(obligationsForPks(facts, working, indonesia)[1].deadline.dueOn).toBe('2026-04-15');
  });

  it('marks a year without a decree as estimated', () => {
    const [q4] = obligationsForPks(kalselFacts({ signedOn: '2026-10-01', validUntil: '2027-06-30' }), working, indonesia);
    expect(q4.deadline.calendar?.map((c) => [c.year, c.source])).toEqual([[2027, 'estimated']]);
  });

  it('records no calendar for calendar days', () => {
    expect(obligationsForPks(kalselFacts(), defaultPolicy, indonesia)[0].deadline).not.toHaveProperty('calendar');
  });

  it('keeps the recorded calendar when folding, and shows null for obligations scheduled before it was recorded', () => {
    expect(fold(obligationDecider, [q3Scheduled])?.deadline.calendar).toBeNull();
    const calendar = [{ year: 2022, source: 'skb' as const, reference: 'x', version: 1 }];
    const withCalendar = { ...q3Scheduled, data: { ...q3Scheduled.data, deadline: { ...q3Scheduled.data.deadline, calendar } } };
    expect(fold(obligationDecider, [withCalendar])?.deadline.calendar).toEqual(calendar);
  });
});

import { EventSourcedHolidayCalendar, SeedCalendarCommand, SeedCalendarHandler } from '@app/calendar';
import type { EventStore } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { sliceHarness } from '@app/platform/testing';
import { CalendarHealth } from './calendar.health';
import { HEALTH_CHECK_BUDGET_MS } from './health-deadline';

const noCalendar = (year: number) => [{ component: 'calendar', code: 'NoCalendarForYear', year }];

describe('CalendarHealth: the coming year needs an authoritative calendar', () => {
  let h: ReturnType<typeof sliceHarness>;
  let clock: ManualClock;
  let health: CalendarHealth;

  beforeEach(() => {
    h = sliceHarness(new Date('2026-12-01T03:00:00Z'));
    clock = new ManualClock(new Date('2026-12-01T03:00:00Z'));
    health = new CalendarHealth(h.store, clock);
  });
  afterEach(() => h.store.close());

  it('warns in December 2026 that 2027 has neither a bundled SKB nor an admin calendar', async () => {
    expect(await health.warnings()).toEqual(noCalendar(2027));
  });

  it('stops warning once an admin seeds calendar-2027', async () => {
    const calendars = new EventSourcedHolidayCalendar(h.store, h.aggregates);
    await new SeedCalendarHandler(h.aggregates, calendars).execute(new SeedCalendarCommand(2027, {}, h.meta({ id: 'admin', role: 'admin' })));
    expect(await health.warnings()).toEqual([]);
  });

  it('does not warn in 2025 (2026 is bundled) nor in 2023 (2024 is)', async () => {
    clock.set(new Date('2025-06-02T03:00:00Z'));
    expect(await health.warnings()).toEqual([]);
    clock.set(new Date('2023-12-31T16:59:59Z')); // 23:59:59 WIB, still 2023
    expect(await health.warnings()).toEqual([]);
  });

  it('takes the year in WIB: 17:00 UTC on 31 December is already the next year there', async () => {
    clock.set(new Date('2025-12-31T16:59:59Z'));
    expect(await health.warnings()).toEqual([]); // 2025 in WIB: 2026 is bundled
    clock.set(new Date('2025-12-31T17:00:00Z'));
    expect(await health.warnings()).toEqual(noCalendar(2027)); // 2026 in WIB: 2027 is not
  });

  it('warns of nothing when the store cannot be read (its own indicator reports that)', async () => {
    const broken = { readStream: () => Promise.reject(new Error('store gone')) } as unknown as EventStore;
    expect(await new CalendarHealth(broken, clock).warnings()).toEqual([]);
  });

  it('gives up within the health budget on a store that never answers, warning of nothing', async () => {
    jest.useFakeTimers();
    try {
      const hanging = { readStream: () => new Promise<never>(() => undefined) } as unknown as EventStore;
      const answer = new CalendarHealth(hanging, clock).warnings();
      await jest.advanceTimersByTimeAsync(HEALTH_CHECK_BUDGET_MS);
      await expect(answer).resolves.toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});

import { Inject, Injectable, Logger } from '@nestjs/common';
import { hasAuthoritativeCalendar } from '@app/calendar';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { dateInZone } from '@app/kernel';
import { CLOCK, Clock } from '@app/platform/clock';
import { withinBudget } from './health-deadline';

/** Something operators should act on before it hurts; /health stays up (200) while it lasts. */
export interface HealthWarning {
  component: 'calendar';
  code: 'NoCalendarForYear';
  year: number;
}

/**
 * Warns when the coming year (the Clock's year in WIB, + 1) has no authoritative calendar:
 * neither its SKB bundled nor an admin-seeded calendar-<year>. Deadlines reaching into it would
 * be estimates, so an admin should seed and check that year (or the data file be updated) in time.
 * Only the year is shown: no internal detail. A failed or slow check warns of nothing (the event
 * store's own indicator reports the store), and is logged.
 */
@Injectable()
export class CalendarHealth {
  private readonly logger = new Logger('Health calendar');
  /** The last failure logged: a probe every few seconds logs a failure once, not on every poll. */
  private lastProblem?: string;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async warnings(): Promise<HealthWarning[]> {
    const year = Number(dateInZone(this.clock.now(), 'WIB').slice(0, 4)) + 1;
    try {
      const covered = await withinBudget(hasAuthoritativeCalendar(year, this.store), 'the calendar check');
      this.lastProblem = undefined;
      return covered ? [] : [{ component: 'calendar', code: 'NoCalendarForYear', year }];
    } catch (error) {
      const problem = `Calendar ${year} not checked: ${(error as Error).message}`;
      if (problem !== this.lastProblem) this.logger.warn(problem);
      this.lastProblem = problem;
      return [];
    }
  }
}

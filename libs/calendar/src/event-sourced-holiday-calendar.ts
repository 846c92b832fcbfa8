import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore, Subscription } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import type { CalendarProvenance } from './calendar-provenance';
import { BundledHolidayCalendar, HolidayCalendar } from './holiday-calendar';
import type { CalendarYear } from './working-calendar';
import { calendarDecider } from './domain/calendar.decider';
import { calendarYearOf } from './domain/calendar.events';
import { CALENDAR_CATEGORY, calendarStream, yearOfCalendarStream } from './calendar.stream';

const FILTER = { streamPrefixes: [`${CALENDAR_CATEGORY}-`] };

/**
 * The admin-managed `calendar-<year>` when that year was seeded, the bundled calendar
 * otherwise. HolidayCalendar is synchronous, so managed years are cached: loaded at start,
 * then refreshed from a subscription (appends by any process) and by this process's own
 * calendar commands (read-your-writes without waiting for the subscription).
 */
@Injectable()
export class EventSourcedHolidayCalendar implements HolidayCalendar, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EventSourcedHolidayCalendar.name);
  private readonly managed = new Map<number, { calendar: CalendarYear; revision: number }>();
  private readonly bundled = new BundledHolidayCalendar();
  private subscription?: Subscription;
  private following?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly aggregates: AggregateStore,
  ) {}

  calendarYear(year: number): CalendarYear {
    return this.managed.get(year)?.calendar ?? this.bundled.calendarYear(year);
  }

  /** A managed year is the admin's (authoritative, versioned by its stream revision); others the bundled one's. */
  provenance(year: number): CalendarProvenance {
    const managed = this.managed.get(year);
    return managed ? { year, source: 'admin', reference: calendarStream(year), version: managed.revision } : this.bundled.provenance(year);
  }

  /** The bundled data for `year`, which a seed copies. */
  bundledYear(year: number): CalendarYear {
    return this.bundled.calendarYear(year);
  }

  /** Whether `year` is admin-managed (seeded) as far as this process knows. */
  isManaged(year: number): boolean {
    return this.managed.has(year);
  }

  async refresh(year: number): Promise<void> {
    const { state, revision } = await this.aggregates.load(calendarStream(year), calendarDecider);
    if (state.status === 'seeded' && revision !== null) this.managed.set(year, { calendar: calendarYearOf(state), revision });
    else this.managed.delete(year);
  }

  async onModuleInit(): Promise<void> {
    let from = await this.store.headPosition();
    const years = new Set<number>();
    for await (const event of this.store.readAll({ filter: FILTER })) {
      const year = yearOfCalendarStream(event.stream);
      if (year !== null) years.add(year);
      if (event.position > from) from = event.position;
    }
    for (const year of years) await this.refresh(year);
    this.subscription = this.store.subscribe({ fromPosition: from, filter: FILTER });
    this.following = this.follow(this.subscription);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.close();
    await this.following;
  }

  private async follow(subscription: Subscription): Promise<void> {
    try {
      for await (const event of subscription) {
        const year = yearOfCalendarStream(event.stream);
        if (year !== null) await this.refresh(year).catch((e: Error) => this.logger.warn(`Calendar ${year} not refreshed: ${e.message}`));
      }
    } catch (error) {
      // Same-process commands still refresh; other processes see changes after a restart.
      this.logger.error(`Stopped following calendar changes: ${(error as Error).message}`);
    }
  }
}

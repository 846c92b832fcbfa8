import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import { bundledCalendarSource, bundledProvenance } from '../../bundled-calendar-source';
import { calendarStream } from '../../calendar.stream';
import { calendarDecider } from '../../domain/calendar.decider';
import { requireYear } from '../../domain/calendar.rules';
import { EventSourcedHolidayCalendar } from '../../event-sourced-holiday-calendar';
import { GetCalendarQuery } from './get-calendar.query';
import type { CalendarView } from './get-calendar.response.dto';

@QueryHandler(GetCalendarQuery)
export class GetCalendarHandler implements IQueryHandler<GetCalendarQuery> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly calendars: EventSourcedHolidayCalendar,
  ) {}

  async execute({ year, asOf }: GetCalendarQuery): Promise<CalendarView> {
    requireYear(year);
    const stream = calendarStream(year);
    const { state, revision } = await this.aggregates.load(stream, calendarDecider, asOf);
    if (state.status === 'seeded') {
      const { nationalHolidays, collectiveLeave, declaredWorkingDays, source } = state;
      const calendar = { year, source: 'admin' as const, reference: stream, version: revision };
      return { year, stream, revision, managed: true, source, calendar, nationalHolidays, collectiveLeave, declaredWorkingDays };
    }
    const calendar = bundledProvenance(year);
    return { year, stream, revision: null, managed: false, source: bundledCalendarSource(year), calendar, ...this.calendars.bundledYear(year) };
  }
}

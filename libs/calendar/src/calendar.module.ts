import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HOLIDAY_CALENDAR } from './holiday-calendar';
import { AddHolidayHandler } from './commands/add-holiday/add-holiday.handler';
import { AddHolidayHttpController } from './commands/add-holiday/add-holiday.http.controller';
import { DeclareWorkingDayHandler } from './commands/declare-working-day/declare-working-day.handler';
import { DeclareWorkingDayHttpController } from './commands/declare-working-day/declare-working-day.http.controller';
import { RemoveHolidayHandler } from './commands/remove-holiday/remove-holiday.handler';
import { RemoveHolidayHttpController } from './commands/remove-holiday/remove-holiday.http.controller';
import { SeedCalendarHandler } from './commands/seed-calendar/seed-calendar.handler';
import { SeedCalendarHttpController } from './commands/seed-calendar/seed-calendar.http.controller';
import { EventSourcedHolidayCalendar } from './event-sourced-holiday-calendar';
import { GetCalendarHandler } from './queries/get-calendar/get-calendar.handler';
import { GetCalendarHttpController } from './queries/get-calendar/get-calendar.http.controller';

/**
 * The admin-managed working-day calendars (`calendar-<year>`) and the HolidayCalendar built
 * on them, exported under HOLIDAY_CALENDAR: import this module wherever deadlines are
 * computed instead of binding the bundled calendar. Needs EVENT_STORE and CommandsModule.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    GetCalendarHttpController,
    SeedCalendarHttpController,
    AddHolidayHttpController,
    RemoveHolidayHttpController,
    DeclareWorkingDayHttpController,
  ],
  providers: [
    EventSourcedHolidayCalendar,
    { provide: HOLIDAY_CALENDAR, useExisting: EventSourcedHolidayCalendar },
    GetCalendarHandler,
    SeedCalendarHandler,
    AddHolidayHandler,
    RemoveHolidayHandler,
    DeclareWorkingDayHandler,
  ],
  exports: [EventSourcedHolidayCalendar, HOLIDAY_CALENDAR],
})
export class CalendarModule {}

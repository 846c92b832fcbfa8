import Holidays from 'date-holidays';
import { bundledDecreeYear, bundledProvenance, calendarYearOfDecree } from './bundled-calendar-source';
import type { CalendarProvenance } from './calendar-provenance';
import type { CalendarYear } from './working-calendar';

/**
 * Where a year's days off come from. Bound under HOLIDAY_CALENDAR so an admin-managed
 * calendar (a `calendar-<year>` stream) can replace the bundled one without touching callers.
 */
export interface HolidayCalendar {
  calendarYear(year: number): CalendarYear;
  /** Which calendar `calendarYear(year)` serves: recorded with every working-day deadline. */
  provenance(year: number): CalendarProvenance;
}

export const HOLIDAY_CALENDAR = Symbol('HolidayCalendar');

/**
 * The national calendar bundled with the system: a year's joint decree (SKB) as listed in
 * national-calendar.json when it is bundled; otherwise an estimate from the `date-holidays`
 * package (country ID, type 'public'), without cuti bersama, which provenance() marks estimated.
 */
export class BundledHolidayCalendar implements HolidayCalendar {
  private readonly holidays = new Holidays('ID');
  // Bundled data never changes while the process runs, and date-holidays is costly per call.
  private readonly years = new Map<number, CalendarYear>();

  calendarYear(year: number): CalendarYear {
    let calendar = this.years.get(year);
    if (!calendar) {
      const decree = bundledDecreeYear(year);
      calendar = decree ? calendarYearOfDecree(decree) : this.estimate(year);
      this.years.set(year, calendar);
    }
    return calendar;
  }

  provenance(year: number): CalendarProvenance {
    return bundledProvenance(year);
  }

  private estimate(year: number): CalendarYear {
    const days = new Map<string, string>();
    for (const h of this.holidays.getHolidays(year)) {
      // date-holidays may list two holidays on one day (2027-12-25); one day off either way.
      if (h.type === 'public' && !days.has(h.date.slice(0, 10))) days.set(h.date.slice(0, 10), h.name);
    }
    return {
      nationalHolidays: [...days].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date)),
      collectiveLeave: [],
      declaredWorkingDays: [],
    };
  }
}

export const holidayCalendarProvider = { provide: HOLIDAY_CALENDAR, useFactory: (): HolidayCalendar => new BundledHolidayCalendar() };

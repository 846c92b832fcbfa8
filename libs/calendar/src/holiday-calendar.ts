import Holidays from 'date-holidays';
import type { CalendarYear, NamedDay } from './working-calendar';
import nationalCalendar from './national-calendar.json';

/**
 * Where a year's days off come from. Bound under HOLIDAY_CALENDAR so an admin-managed
 * calendar (a `calendar-<year>` stream) can replace the bundled one without touching callers.
 */
export interface HolidayCalendar {
  calendarYear(year: number): CalendarYear;
}

export const HOLIDAY_CALENDAR = Symbol('HolidayCalendar');

/** Per-year corrections to date-holidays and the cuti bersama decreed for that year. */
export interface YearAdjustments {
  source: string;
  addHolidays: NamedDay[];
  removeHolidays: NamedDay[];
  collectiveLeave: NamedDay[];
  declaredWorkingDays: NamedDay[];
}

/**
 * National public holidays from the `date-holidays` package (country ID, type 'public'),
 * corrected per year from national-calendar.json, plus that year's cuti bersama.
 */
export class BundledHolidayCalendar implements HolidayCalendar {
  private readonly holidays = new Holidays('ID');
  // Bundled data never changes while the process runs, and date-holidays is costly per call.
  private readonly years = new Map<number, CalendarYear>();

  constructor(private readonly adjustments: Record<string, YearAdjustments> = nationalCalendar.years) {}

  calendarYear(year: number): CalendarYear {
    let calendar = this.years.get(year);
    if (!calendar) {
      calendar = this.build(year);
      this.years.set(year, calendar);
    }
    return calendar;
  }

  private build(year: number): CalendarYear {
    const adjust = this.adjustments[String(year)];
    const days = new Map<string, string>();
    for (const h of this.holidays.getHolidays(year)) {
      if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    }
    for (const d of adjust?.removeHolidays ?? []) days.delete(d.date);
    for (const d of adjust?.addHolidays ?? []) days.set(d.date, d.name);
    return {
      nationalHolidays: [...days].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date)),
      collectiveLeave: adjust?.collectiveLeave ?? [],
      declaredWorkingDays: adjust?.declaredWorkingDays ?? [],
    };
  }
}

export const holidayCalendarProvider = { provide: HOLIDAY_CALENDAR, useFactory: (): HolidayCalendar => new BundledHolidayCalendar() };

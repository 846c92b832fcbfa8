import { CalendarDate, dayOfWeek } from '@app/kernel';
import { CalendarProvenance, weekendsOnlyProvenance } from './calendar-provenance';

export interface NamedDay {
  date: CalendarDate;
  name: string;
}

/** One year's days off and exceptions, as some authority has set them. */
export interface CalendarYear {
  nationalHolidays: NamedDay[];
  /** Cuti bersama: collective leave set each year by joint ministerial decree. */
  collectiveLeave: NamedDay[];
  /** Weekend days (or holidays) declared working days. */
  declaredWorkingDays: NamedDay[];
}

export type CalendarSource = (year: number) => CalendarYear;

/** What deciders need from a calendar. */
export interface WorkingDays {
  isWorkingDay(date: CalendarDate): boolean;
  /** Which calendar decides the days of `year`, to record beside the deadlines counted with it. */
  provenance(year: number): CalendarProvenance;
}

/** The two halves of a HolidayCalendar WorkingCalendar needs (structural, so no import cycle). */
export interface HolidaySource {
  calendarYear(year: number): CalendarYear;
  provenance(year: number): CalendarProvenance;
}

/**
 * Working days: Monday–Friday minus national holidays and cuti bersama, plus any day
 * declared a working day. Pure: everything comes from `source`, looked up once per year.
 */
export class WorkingCalendar implements WorkingDays {
  private readonly years = new Map<number, { off: Map<CalendarDate, string>; on: Set<CalendarDate>; provenance: CalendarProvenance }>();

  /** `describe` says where `source`'s years come from; without it, an estimate (weekends only). */
  constructor(
    private readonly source: CalendarSource,
    private readonly describe: (year: number) => CalendarProvenance = weekendsOnlyProvenance,
  ) {}

  /** Working days over a holiday calendar, recording its provenance per year. */
  static of(holidays: HolidaySource): WorkingCalendar {
    return new WorkingCalendar(
      (year) => holidays.calendarYear(year),
      (year) => holidays.provenance(year),
    );
  }

  /** Looked up with the year's days and kept with them, so both always describe the same calendar. */
  provenance(year: number): CalendarProvenance {
    return this.year(year).provenance;
  }

  isWorkingDay(date: CalendarDate): boolean {
    return this.reasonOff(date) === null;
  }

  /** Why `date` is not a working day ('weekend' or the holiday's name); null when it is one. */
  reasonOff(date: CalendarDate): string | null {
    const year = this.year(Number(date.slice(0, 4)));
    if (year.on.has(date)) return null;
    const off = year.off.get(date);
    if (off) return off;
    const dow = dayOfWeek(date);
    return dow === 0 || dow === 6 ? 'weekend' : null;
  }

  private year(y: number) {
    let cached = this.years.get(y);
    if (!cached) {
      const data = this.source(y);
      const off = new Map<CalendarDate, string>();
      for (const d of [...data.nationalHolidays, ...data.collectiveLeave]) off.set(d.date, d.name);
      cached = { off, on: new Set(data.declaredWorkingDays.map((d) => d.date)), provenance: this.describe(y) };
      this.years.set(y, cached);
    }
    return cached;
  }
}

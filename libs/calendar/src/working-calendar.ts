import { CalendarDate, addDays, dateOfEpochDay, dayOfWeek, dayOfWeekOfEpochDay, epochDayOf, epochDayOfNewYear } from '@app/kernel';
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
  /** The `count`-th working day after `from`, which never counts itself (`from` when `count` is 0). */
  addWorkingDays(from: CalendarDate, count: number): CalendarDate;
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
  private readonly years = new Map<number, CalendarYearDays>();

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

  /**
   * Steps a day at a time as whole days since 1970-01-01: a due date walks ~45 days per command,
   * and a YYYY-MM-DD string parsed and printed per step cost about 5 % of the command path's CPU.
   * A start that is not a real date is read as addDays reads it (2025-02-30 is 2 March).
   */
  addWorkingDays(from: CalendarDate, count: number): CalendarDate {
    const start = epochDayOf(from) ?? epochDayOf(addDays(from, 0));
    if (start === undefined) throw new RangeError(`${from} is not a date of the years 0000–9999`);
    let day = start;
    let year = Number(dateOfEpochDay(start)!.slice(0, 4));
    let days = this.year(year);
    let nextYear = epochDayOfNewYear(year + 1);
    for (let counted = 0, steps = 0; counted < count; ) {
      if (++steps > MAX_STEPS) throw new Error(`No ${count} working days within ten years after ${from}: check the calendar data`);
      day += 1;
      if (day >= nextYear) {
        year += 1;
        days = this.year(year);
        nextYear = epochDayOfNewYear(year + 1);
      }
      if (reasonOff(days, day) === null) counted++;
    }
    // `from` itself when nothing was counted; past year 9999 the Date path writes the date, as addDays does.
    return day === start ? from : (dateOfEpochDay(day) ?? addDays(from, day - start));
  }

  /** Why `date` is not a working day ('weekend' or the holiday's name); null when it is one. */
  reasonOff(date: CalendarDate): string | null {
    const day = epochDayOf(date);
    // Holidays are real dates: what is not one can only be a weekend, as the Date path reads it.
    if (day === undefined) return isWeekend(dayOfWeek(date)) ? 'weekend' : null;
    return reasonOff(this.year(Number(date.slice(0, 4))), day);
  }

  private year(y: number): CalendarYearDays {
    let cached = this.years.get(y);
    if (!cached) {
      cached = { ...daysOf(this.source(y)), provenance: this.describe(y) };
      this.years.set(y, cached);
    }
    return cached;
  }
}

/** A year's days off (with their names) and declared working days, by day since 1970-01-01. */
interface YearDays {
  off: Map<number, string>;
  on: Set<number>;
}

interface CalendarYearDays extends YearDays {
  provenance: CalendarProvenance;
}

/** The rule, in one place: a declared working day works; otherwise a holiday or a weekend does not. */
function reasonOff({ off, on }: YearDays, day: number): string | null {
  if (on.has(day)) return null;
  const name = off.get(day);
  if (name) return name;
  return isWeekend(dayOfWeekOfEpochDay(day)) ? 'weekend' : null;
}

const isWeekend = (dow: number): boolean => dow === 0 || dow === 6;

/**
 * The lookups of each CalendarYear, kept as long as that object lives. A command builds its own
 * WorkingCalendar (so it sees the calendar as it is now), but holiday calendars hand out the same
 * CalendarYear until the year changes, and a changed year is a new object: building these per
 * command was most of what was left of a due date's cost.
 */
const yearDays = new WeakMap<CalendarYear, YearDays>();

/** Entries that are not real YYYY-MM-DD dates can match no day, so they are left out. */
function daysOf(data: CalendarYear): YearDays {
  let days = yearDays.get(data);
  if (!days) {
    days = { off: new Map(), on: new Set() };
    for (const { date, name } of [...data.nationalHolidays, ...data.collectiveLeave]) {
      const day = epochDayOf(date);
      if (day !== undefined) days.off.set(day, name);
    }
    for (const { date } of data.declaredWorkingDays) {
      const day = epochDayOf(date);
      if (day !== undefined) days.on.add(day);
    }
    yearDays.set(data, days);
  }
  return days;
}

/** Ten years of days: a calendar with no working day in them is broken data, not a long deadline. */
const MAX_STEPS = 3660;

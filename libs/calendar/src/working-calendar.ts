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
   * Steps a day at a time as whole days since 1970-01-01, looking each up among its year's days
   * off and declared working days as numbers: a due date walks ~45 days per command, and a
   * YYYY-MM-DD string parsed and printed per step cost about 5 % of the command path's CPU.
   * Each day is judged as reasonOff judges it (declared working, else off, else weekend), on
   * numbers; working-calendar-count.spec.ts holds the two to the same answers.
   */
  addWorkingDays(from: CalendarDate, count: number): CalendarDate {
    const start = epochDayOf(from);
    if (start === undefined) return this.addWorkingDaysByDate(from, count);
    let day = start;
    let year = Number(from.slice(0, 4));
    let days = this.year(year);
    let nextYear = epochDayOfNewYear(year + 1);
    for (let counted = 0, steps = 0; counted < count; ) {
      if (++steps > MAX_STEPS) throw noWorkingDays(from, count);
      day += 1;
      if (day >= nextYear) {
        year += 1;
        days = this.year(year);
        nextYear = epochDayOfNewYear(year + 1);
      }
      if (days.onDays.has(day) || (!days.offDays.has(day) && !isWeekend(dayOfWeekOfEpochDay(day)))) counted++;
    }
    // Past year 9999 the Date path writes the date, as addDays does.
    return dateOfEpochDay(day) ?? addDays(from, day - start);
  }

  /** Why `date` is not a working day ('weekend' or the holiday's name); null when it is one. */
  reasonOff(date: CalendarDate): string | null {
    const year = this.year(Number(date.slice(0, 4)));
    if (year.on.has(date)) return null;
    const off = year.off.get(date);
    if (off) return off;
    return isWeekend(dayOfWeek(date)) ? 'weekend' : null;
  }

  /** The same count for a `from` that is not a real YYYY-MM-DD date: each step through addDays. */
  private addWorkingDaysByDate(from: CalendarDate, count: number): CalendarDate {
    let day = from;
    for (let counted = 0, steps = 0; counted < count; ) {
      if (++steps > MAX_STEPS) throw noWorkingDays(from, count);
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) counted++;
    }
    return day;
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

/** A year's days off (with their names) and declared working days, as dates and as days since 1970-01-01. */
interface YearDays {
  off: Map<CalendarDate, string>;
  on: Set<CalendarDate>;
  offDays: Set<number>;
  onDays: Set<number>;
}

interface CalendarYearDays extends YearDays {
  provenance: CalendarProvenance;
}

/**
 * The lookups of each CalendarYear, kept as long as that object lives. A command builds its own
 * WorkingCalendar (so it sees the calendar as it is now), but holiday calendars hand out the same
 * CalendarYear until the year changes, and a changed year is a new object: building these per
 * command was most of what was left of a due date's cost.
 */
const yearDays = new WeakMap<CalendarYear, YearDays>();

function daysOf(data: CalendarYear): YearDays {
  let days = yearDays.get(data);
  if (!days) {
    const off = new Map<CalendarDate, string>();
    for (const d of [...data.nationalHolidays, ...data.collectiveLeave]) off.set(d.date, d.name);
    const on = new Set(data.declaredWorkingDays.map((d) => d.date));
    days = { off, on, offDays: epochDays(off.keys()), onDays: epochDays(on) };
    yearDays.set(data, days);
  }
  return days;
}

/** Ten years of days: a calendar with no working day in them is broken data, not a long deadline. */
const MAX_STEPS = 3660;

function noWorkingDays(from: CalendarDate, count: number): Error {
  return new Error(`No ${count} working days within ten years after ${from}: check the calendar data`);
}

const isWeekend = (dow: number): boolean => dow === 0 || dow === 6;

/** Dates that are not real YYYY-MM-DD dates never match a step of the walk, so they are left out. */
function epochDays(dates: Iterable<CalendarDate>): Set<number> {
  const days = new Set<number>();
  for (const date of dates) {
    const day = epochDayOf(date);
    if (day !== undefined) days.add(day);
  }
  return days;
}

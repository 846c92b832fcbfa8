import type { CalendarDate, DomainEvent } from '@app/kernel';
import type { CalendarYear, NamedDay } from '../working-calendar';

export const HOLIDAY_KINDS = ['national', 'collective_leave'] as const;
/** national: a national public holiday; collective_leave: cuti bersama. */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export type CalendarSeeded = DomainEvent<
  'CalendarSeeded',
  { year: number; source: string; nationalHolidays: NamedDay[]; collectiveLeave: NamedDay[]; declaredWorkingDays: NamedDay[] }
>;
export type HolidayAdded = DomainEvent<'HolidayAdded', { year: number; date: CalendarDate; name: string; kind: HolidayKind }>;
export type HolidayRemoved = DomainEvent<'HolidayRemoved', { year: number; date: CalendarDate; reason: string }>;
export type WorkingDayDeclared = DomainEvent<'WorkingDayDeclared', { year: number; date: CalendarDate; reason: string }>;

export type CalendarEvent = CalendarSeeded | HolidayAdded | HolidayRemoved | WorkingDayDeclared;

/** The admin-managed days off of one year; a national calendar, so it has no jurisdiction. */
export interface ManagedCalendar extends CalendarYear {
  status: 'seeded';
  year: number;
  /** Where the seed came from (the bundled holiday data and its decree). */
  source: string;
}

export type CalendarState = { status: 'none' } | ManagedCalendar;

export const initialCalendarState = (): CalendarState => ({ status: 'none' });

const byDate = (a: NamedDay, b: NamedDay): number => a.date.localeCompare(b.date);
const without = (days: NamedDay[], date: CalendarDate): NamedDay[] => days.filter((d) => d.date !== date);
const adding = (days: NamedDay[], day: NamedDay): NamedDay[] => [...without(days, day.date), day].sort(byDate);

export function evolveCalendar(state: CalendarState, event: CalendarEvent): CalendarState {
  if (event.type === 'CalendarSeeded') {
    const { year, source, nationalHolidays, collectiveLeave, declaredWorkingDays } = event.data;
    return { status: 'seeded', year, source, nationalHolidays, collectiveLeave, declaredWorkingDays };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'HolidayAdded': {
      const day = { date: event.data.date, name: event.data.name };
      // A holiday added on a declared working day takes its place: the way to withdraw a declaration.
      const declaredWorkingDays = without(state.declaredWorkingDays, day.date);
      return event.data.kind === 'national'
        ? { ...state, declaredWorkingDays, nationalHolidays: adding(state.nationalHolidays, day) }
        : { ...state, declaredWorkingDays, collectiveLeave: adding(state.collectiveLeave, day) };
    }
    case 'HolidayRemoved':
      return {
        ...state,
        nationalHolidays: without(state.nationalHolidays, event.data.date),
        collectiveLeave: without(state.collectiveLeave, event.data.date),
      };
    case 'WorkingDayDeclared':
      return { ...state, declaredWorkingDays: adding(state.declaredWorkingDays, { date: event.data.date, name: event.data.reason }) };
  }
}

/** The days off a managed calendar sets, in the shape WorkingCalendar reads. */
export function calendarYearOf(calendar: ManagedCalendar): CalendarYear {
  const { nationalHolidays, collectiveLeave, declaredWorkingDays } = calendar;
  return { nationalHolidays, collectiveLeave, declaredWorkingDays };
}

import { CalendarDate, Decider, DomainCommand, assertNever, conflict, dayOfWeek, invalid, requireAdmin } from '@app/kernel';
import type { CalendarYear } from '../working-calendar';
import { CalendarEvent, CalendarState, HOLIDAY_KINDS, HolidayKind, evolveCalendar, initialCalendarState } from './calendar.events';
import { NAME_MAX, REASON_MAX, requireDateInYear, requireManaged, requireText, requireYear } from './calendar.rules';

/** The handler loads the bundled holiday data for the year and says where it comes from. */
export type SeedCalendar = DomainCommand<'SeedCalendar', { year: number }, { bundled: CalendarYear; source: string }>;
export type AddHoliday = DomainCommand<'AddHoliday', { year: number; date: CalendarDate; name: string; kind: HolidayKind }>;
export type RemoveHoliday = DomainCommand<'RemoveHoliday', { year: number; date: CalendarDate; reason: string }>;
export type DeclareWorkingDay = DomainCommand<'DeclareWorkingDay', { year: number; date: CalendarDate; reason: string }>;
export type CalendarCommand = SeedCalendar | AddHoliday | RemoveHoliday | DeclareWorkingDay;

function seed(command: SeedCalendar, state: CalendarState): CalendarEvent[] {
  requireAdmin(command.actor, 'Seed calendar');
  const year = requireYear(command.data.year);
  if (state.status === 'seeded') {
    throw conflict('CalendarAlreadySeeded', `The ${year} calendar was already seeded (${state.source}); change single days with holidays, holidays/:date/remove or working-days`);
  }
  if (!command.context) throw new Error('SeedCalendar: the handler must load the bundled calendar');
  const { bundled, source } = command.context;
  return [{ type: 'CalendarSeeded', data: { year, source, ...bundled } }];
}

function addHoliday(command: AddHoliday, state: CalendarState): CalendarEvent[] {
  requireAdmin(command.actor, 'Add holiday');
  const year = requireYear(command.data.year);
  const calendar = requireManaged(state, year);
  const date = requireDateInYear(command.data.date, year);
  const name = requireText(command.data.name, 'name', NAME_MAX);
  const kind = command.data.kind;
  if (!HOLIDAY_KINDS.includes(kind)) {
    throw invalid('UnknownHolidayKind', `kind ${String(kind)} is not a kind of holiday`, [{ field: 'kind', message: 'unknown kind', allowed: HOLIDAY_KINDS }]);
  }
  const listed = [...calendar.nationalHolidays, ...calendar.collectiveLeave].find((d) => d.date === date);
  if (listed) {
    throw conflict('HolidayAlreadyListed', `${date} is already a day off (${listed.name}); remove it first to rename it or change its kind`);
  }
  return [{ type: 'HolidayAdded', data: { year, date, name, kind } }];
}

function removeHoliday(command: RemoveHoliday, state: CalendarState): CalendarEvent[] {
  requireAdmin(command.actor, 'Remove holiday');
  const year = requireYear(command.data.year);
  const calendar = requireManaged(state, year);
  const date = requireDateInYear(command.data.date, year);
  const reason = requireText(command.data.reason, 'reason', REASON_MAX);
  if (![...calendar.nationalHolidays, ...calendar.collectiveLeave].some((d) => d.date === date)) {
    throw conflict('HolidayNotListed', `${date} is neither a national holiday nor cuti bersama in the ${year} calendar`);
  }
  return [{ type: 'HolidayRemoved', data: { year, date, reason } }];
}

function declareWorkingDay(command: DeclareWorkingDay, state: CalendarState): CalendarEvent[] {
  requireAdmin(command.actor, 'Declare working day');
  const year = requireYear(command.data.year);
  const calendar = requireManaged(state, year);
  const date = requireDateInYear(command.data.date, year);
  const reason = requireText(command.data.reason, 'reason', REASON_MAX);
  if (calendar.declaredWorkingDays.some((d) => d.date === date)) {
    throw conflict('WorkingDayAlreadyDeclared', `${date} is already declared a working day`);
  }
  const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
  const holiday = [...calendar.nationalHolidays, ...calendar.collectiveLeave].some((d) => d.date === date);
  if (!weekend && !holiday) {
    throw conflict('AlreadyWorkingDay', `${date} is a weekday without a holiday: it is a working day already`);
  }
  return [{ type: 'WorkingDayDeclared', data: { year, date, reason } }];
}

export function decideCalendar(command: CalendarCommand, state: CalendarState): CalendarEvent[] {
  switch (command.type) {
    case 'SeedCalendar':
      return seed(command, state);
    case 'AddHoliday':
      return addHoliday(command, state);
    case 'RemoveHoliday':
      return removeHoliday(command, state);
    case 'DeclareWorkingDay':
      return declareWorkingDay(command, state);
    default:
      return assertNever(command);
  }
}

export const calendarDecider: Decider<CalendarState, CalendarCommand, CalendarEvent> = {
  initialState: initialCalendarState,
  evolve: evolveCalendar,
  decide: decideCalendar,
};

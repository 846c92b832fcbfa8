import { fold } from '@app/kernel';
import type { Actor } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { WorkingCalendar } from '../working-calendar';
import { CalendarCommand, calendarDecider } from './calendar.decider';
import { CalendarEvent, CalendarSeeded, ManagedCalendar, calendarYearOf } from './calendar.events';

const spec = deciderSpec(calendarDecider);
const admin: Actor = { id: 'admin', role: 'admin' };
const officer: Actor = { id: 'officer', role: 'officer', provinces: ['*'] };
const now = new Date('2025-01-10T03:00:00Z');

const seeded: CalendarSeeded = {
  type: 'CalendarSeeded',
  data: {
    year: 2025,
    source: 'bundled',
    nationalHolidays: [{ date: '2025-03-31', name: 'Idulfitri 1446 H' }],
    collectiveLeave: [{ date: '2025-04-02', name: 'Cuti bersama Idulfitri 1446 H' }],
    declaredWorkingDays: [],
  },
};
const cmd = <C extends CalendarCommand>(type: C['type'], data: C['data'], actor: Actor = admin, context?: C['context']): C =>
  ({ type, data, actor, now, context }) as C;
const add = (date: string, name = 'Hari libur', kind: 'national' | 'collective_leave' = 'national', actor: Actor = admin) =>
  cmd('AddHoliday', { year: 2025, date, name, kind }, actor);
const remove = (date: string, reason = 'SKB revised') => cmd('RemoveHoliday', { year: 2025, date, reason });
const declare = (date: string, reason = 'Hari kerja pengganti') => cmd('DeclareWorkingDay', { year: 2025, date, reason });
const effective = (events: CalendarEvent[]) => {
  const state = fold(calendarDecider, events) as ManagedCalendar;
  return new WorkingCalendar(() => calendarYearOf(state));
};

describe('calendar-<year>: seeding', () => {
  const bundled = { nationalHolidays: seeded.data.nationalHolidays, collectiveLeave: seeded.data.collectiveLeave, declaredWorkingDays: [] };

  it('seeds a year from the bundled holiday data, naming its source', () =>
    spec.given([]).when(cmd('SeedCalendar', { year: 2025 }, admin, { bundled, source: 'bundled' })).then([seeded]));

  it('refuses to seed the same year twice', () =>
    spec.given([seeded]).when(cmd('SeedCalendar', { year: 2025 }, admin, { bundled, source: 'bundled' })).thenThrows('CalendarAlreadySeeded', 'conflict'));

  it('lets only admins manage calendars (not officers, not the deadline workers)', () => {
    spec.given([]).when(cmd('SeedCalendar', { year: 2025 }, officer, { bundled, source: 'x' })).thenThrows('RoleNotAllowed', 'forbidden');
    spec.given([seeded]).when(add('2025-05-15', 'x', 'national', officer)).thenThrows('RoleNotAllowed', 'forbidden');
    spec.given([seeded]).when(add('2025-05-15', 'x', 'national', { id: 'system:deadlines', role: 'system' })).thenThrows('RoleNotAllowed', 'forbidden');
  });

  it('refuses a year outside 2000–2100', () =>
    spec.given([]).when(cmd('SeedCalendar', { year: 1999 }, admin, { bundled, source: 'x' })).thenThrows('InvalidYear', 'invalid'));

  it('refuses single-day changes before the year is seeded, saying how to seed it', () => {
    spec.given([]).when(add('2025-05-15')).thenThrows('CalendarNotSeeded', 'conflict');
    spec.given([]).when(declare('2025-03-08')).thenThrows('CalendarNotSeeded', 'conflict');
  });
});

describe('calendar-<year>: holidays', () => {
  it('adds a holiday, which is then a day off', () => {
    spec.given([seeded]).when(add('2025-05-15', 'Hari libur daerah')).then([
      { type: 'HolidayAdded', data: { year: 2025, date: '2025-05-15', name: 'Hari libur daerah', kind: 'national' } },
    ]);
    const events: CalendarEvent[] = [seeded, { type: 'HolidayAdded', data: { year: 2025, date: '2025-05-15', name: 'x', kind: 'collective_leave' } }];
    expect(effective(events).isWorkingDay('2025-05-15')).toBe(false);
    expect(effective([seeded]).isWorkingDay('2025-05-15')).toBe(true);
  });

  it('refuses a date of another year, an empty name and an unknown kind', () => {
    spec.given([seeded]).when(add('2026-01-02')).thenThrows('DateOutsideYear', 'invalid');
    spec.given([seeded]).when(add('2025-05-15', '  ')).thenThrows('TextRequired', 'invalid');
    spec.given([seeded]).when(add('2025-05-15', 'x', 'regional' as 'national')).thenThrows('UnknownHolidayKind', 'invalid');
  });

  it('refuses a date that is already a day off, of either kind', () => {
    spec.given([seeded]).when(add('2025-03-31')).thenThrows('HolidayAlreadyListed', 'conflict');
    spec.given([seeded]).when(add('2025-04-02', 'x', 'national')).thenThrows('HolidayAlreadyListed', 'conflict');
  });

  it('removes a listed holiday or cuti bersama day, which is then a working day', () => {
    spec.given([seeded]).when(remove('2025-04-02', 'Cuti bersama cancelled')).then([
      { type: 'HolidayRemoved', data: { year: 2025, date: '2025-04-02', reason: 'Cuti bersama cancelled' } },
    ]);
    expect(effective([seeded, { type: 'HolidayRemoved', data: { year: 2025, date: '2025-03-31', reason: 'r' } }]).isWorkingDay('2025-03-31')).toBe(true);
  });

  it('refuses to remove a day that is not listed', () => spec.given([seeded]).when(remove('2025-04-03')).thenThrows('HolidayNotListed', 'conflict'));
});

describe('calendar-<year>: declared working days', () => {
  const saturday: CalendarEvent = { type: 'WorkingDayDeclared', data: { year: 2025, date: '2025-03-08', reason: 'Hari kerja pengganti' } };

  it('declares a Saturday a working day, which then counts', () => {
    spec.given([seeded]).when(declare('2025-03-08')).then([saturday]);
    expect(effective([seeded]).isWorkingDay('2025-03-08')).toBe(false);
    expect(effective([seeded, saturday]).isWorkingDay('2025-03-08')).toBe(true);
  });

  it('declares a holiday a working day', () => spec.given([seeded]).when(declare('2025-03-31')).thenEvents((e) => expect(e).toHaveLength(1)));

  it('refuses a weekday that is a working day already, and a second declaration', () => {
    spec.given([seeded]).when(declare('2025-03-07')).thenThrows('AlreadyWorkingDay', 'conflict');
    spec.given([seeded, saturday]).when(declare('2025-03-08')).thenThrows('WorkingDayAlreadyDeclared', 'conflict');
  });

  it('lets a holiday added later withdraw a declaration', () => {
    const events: CalendarEvent[] = [seeded, saturday, { type: 'HolidayAdded', data: { year: 2025, date: '2025-03-08', name: 'x', kind: 'national' } }];
    expect((fold(calendarDecider, events) as ManagedCalendar).declaredWorkingDays).toEqual([]);
    expect(effective(events).isWorkingDay('2025-03-08')).toBe(false);
  });
});

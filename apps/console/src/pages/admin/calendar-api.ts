import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

export type CalendarView = components['schemas']['CalendarView'];
export type HolidayKind = components['schemas']['AddHolidayRequestDto']['kind'];

/** Commands name the revision they were decided on, so two admins editing one year cannot overwrite each other (412). */
const ifMatch = (revision: number | null) => (revision === null ? {} : { 'If-Match': `"${revision}"` });

export const calendarKey = (year: number) => ['admin', 'calendar', year] as const;

export const readCalendar = (year: number) => data(api.GET('/v1/admin/calendars/{year}', { params: { path: { year: String(year) } } }));

export const seedCalendar = (year: number, note: string) =>
  data(api.POST('/v1/admin/calendars/{year}/seed', { params: { path: { year: String(year) } }, body: note ? { note } : {} }));

export const addHoliday = (calendar: CalendarView, body: { date: string; name: string; kind: HolidayKind }) =>
  data(api.POST('/v1/admin/calendars/{year}/holidays', { params: { path: { year: String(calendar.year) }, header: ifMatch(calendar.revision) }, body }));

export const removeHoliday = (calendar: CalendarView, date: string, reason: string) =>
  data(
    api.POST('/v1/admin/calendars/{year}/holidays/{date}/remove', {
      params: { path: { year: String(calendar.year), date }, header: ifMatch(calendar.revision) },
      body: { reason },
    }),
  );

export const declareWorkingDay = (calendar: CalendarView, body: { date: string; reason: string }) =>
  data(api.POST('/v1/admin/calendars/{year}/working-days', { params: { path: { year: String(calendar.year) }, header: ifMatch(calendar.revision) }, body }));

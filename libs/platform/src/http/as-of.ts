import { ApiProperty } from '@nestjs/swagger';
import { CalendarDate, FieldProblem, TimeZone, endOfDayInstant, isCalendarDate } from '@app/kernel';
import { fieldsProblem } from './fields-problem';

const ALLOWED = 'YYYY-MM-DD or YYYY-MM-DDTHH:mm(:ss(.sss))(Z|±HH:mm), a real date and time';

/**
 * An instant written the one way ISO 8601 and RFC 3339 agree on. `Date` alone would read
 * `2026-02-30` as 2 March and `2026-02-28T24:00Z` as 1 March: a different instant than asked.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** The instant a strict ISO-8601 timestamp names, or undefined when it is not one. */
export function parseStrictInstant(value: string): Date | undefined {
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  const [, date, hh, mm, ss = '00', fraction = '', zone, offH = '00', offM = '00'] = m;
  if (!isCalendarDate(date) || +hh > 23 || +mm > 59 || +ss > 59 || +offH > 14 || +offM > 59) return undefined;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const instant = new Date(`${date}T${hh}:${mm}:${ss}.${millis}${zone === 'Z' ? 'Z' : zone}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** The two time axes a single-record read can be cut on. */
export const TIME_AXES = ['recorded', 'valid'] as const;
export type TimeAxis = (typeof TIME_AXES)[number];

/**
 * A point a client named: an exact instant, or a bare date whose end depends on whose day it is
 * (the provider's zone), so it stays a date until the handler knows that zone.
 */
export type PointInTime = { instant: Date } | { date: CalendarDate };

const pointOf = (value: string): PointInTime | undefined => {
  if (isCalendarDate(value)) return { date: value };
  const instant = parseStrictInstant(value);
  return instant ? { instant } : undefined;
};

const notAPoint = (name: string, value: unknown): FieldProblem => ({ field: `query.${name}`, message: `${name} ${JSON.stringify(value)} is not a real date or instant`, allowed: ALLOWED });

/** The last millisecond of `date` in `zone`: a bare date includes everything that happened that day there. */
export function endOfDateIn(date: CalendarDate, zone: TimeZone): Date {
  return new Date(endOfDayInstant(date, zone).getTime() - 1);
}

const instantOf = (point: PointInTime, zone: TimeZone): Date => ('instant' in point ? point.instant : endOfDateIn(point.date, zone));

/**
 * `?asOf=2023-12-31T23:59:59+07:00` of a list read → that instant; a bare date means the end of that
 * day in UTC+7 (WIB): a list spans providers, so no one provider's zone applies.
 */
export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const point = pointOf(value);
  if (!point) throw fieldsProblem([notAPoint('asOf', value)]);
  return instantOf(point, 'WIB');
}

/** `asOf=` cuts on recording time (what the system knew), `validAt=` on business time (what held, as known now). */
export interface HistoricalRead {
  asOf?: PointInTime;
  validAt?: PointInTime;
}

/** The instant and axis an answer was read at, stated in the answer so nobody mistakes one axis for the other. */
export class ReadAtView {
  @ApiProperty({ enum: TIME_AXES, example: 'valid', description: 'recorded: what the system had recorded by then (asOf); valid: events whose business time is at or before it, as known now (validAt)' })
  axis!: TimeAxis;
  @ApiProperty({ example: '2023-12-31T15:59:59.999Z', description: "The instant used; a bare date became the last millisecond of that day in the provider's zone" })
  instant!: string;
}

export const READ_AT_DESCRIPTION =
  'The instants and axes this answer was cut at: empty for the current state; one entry per asOf/validAt given (both together: events recorded by asOf AND occurring by validAt)';

/**
 * `?asOf=…&validAt=…` of a single-record read, strictly (2026-02-30 is refused, not rolled over);
 * both wrong → one 400 naming both fields.
 */
export function parseHistoricalRead(asOf: unknown, validAt: unknown): HistoricalRead {
  const read: HistoricalRead = {};
  const errors: FieldProblem[] = [];
  for (const [name, value] of [['asOf', asOf], ['validAt', validAt]] as const) {
    if (value === undefined || value === '') continue;
    const point = typeof value === 'string' ? pointOf(value) : undefined;
    if (point) read[name] = point;
    else errors.push(notAPoint(name, value));
  }
  if (errors.length > 0) throw fieldsProblem(errors);
  return read;
}

/** Whether resolving `read` needs the provider's zone (a bare date was given). */
export const needsZone = (read: HistoricalRead): boolean => [read.asOf, read.validAt].some((p) => p !== undefined && 'date' in p);

/**
 * The cut to fold (`recordedBy`/`occurredBy`, as the AggregateStore takes it) and what the answer
 * states about it. `zone` is the provider's own; it matters only for bare dates.
 */
export function resolveHistoricalRead(read: HistoricalRead, zone: TimeZone): { cut: { recordedBy?: Date; occurredBy?: Date }; readAt: ReadAtView[] } {
  const recordedBy = read.asOf && instantOf(read.asOf, zone);
  const occurredBy = read.validAt && instantOf(read.validAt, zone);
  const readAt: ReadAtView[] = [];
  if (recordedBy) readAt.push({ axis: 'recorded', instant: recordedBy.toISOString() });
  if (occurredBy) readAt.push({ axis: 'valid', instant: occurredBy.toISOString() });
  return { cut: { ...(recordedBy ? { recordedBy } : {}), ...(occurredBy ? { occurredBy } : {}) }, readAt };
}

/** "as of now" or "recorded by …, valid at …", for not-found messages of a cut read. */
export const describeReadAt = (readAt: ReadAtView[]): string =>
  readAt.length === 0 ? 'now' : readAt.map((r) => `${r.axis === 'recorded' ? 'as recorded by' : 'valid at'} ${r.instant}`).join(', ');

export const AS_OF_DESCRIPTION =
  "Recording time: the record as the system knew it at this instant (events recorded by then). A bare date means the end of that day in the provider's own zone";
export const VALID_AT_DESCRIPTION =
  "Business time: the record as it held at this instant, as known now (events whose occurredAt is at or before it, in log order). A bare date means the end of that day in the provider's own zone. With asOf too: recorded by asOf and occurring by validAt";

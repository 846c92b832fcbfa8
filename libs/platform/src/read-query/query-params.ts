import { BadRequestException } from '@nestjs/common';
import { isCalendarDate, type CalendarDate } from '@app/kernel';
import { integerWithin } from '../http';

/** The raw query string as Fastify parses it: a repeated parameter arrives as an array. */
export type RawQuery = Record<string, unknown>;

/** 400 problem naming `query.<name>` and what it accepts (the shape validation problems have). */
export function badQuery(name: string, value: unknown, allowed: unknown, message?: string): BadRequestException {
  return new BadRequestException({
    message: `Query parameter ${name} is invalid`,
    errors: [{ field: `query.${name}`, message: message ?? `${JSON.stringify(value)} is not allowed`, allowed }],
  });
}

/** Refuses parameters the route does not know, so a typo is noticed rather than ignored. */
export function onlyKnown(query: RawQuery, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw badQuery(unknown[0], query[unknown[0]], [...known].sort(), `unknown query parameter ${unknown[0]}`);
}

/** One value, or undefined when absent or empty. */
export function text(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badQuery(name, value, 'a single value', `${name} was given more than once`);
  return value;
}

export function oneOf<T extends string>(query: RawQuery, name: string, allowed: readonly T[]): T | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw badQuery(name, value, allowed);
  return value as T;
}

export function integer(query: RawQuery, name: string, range: { min: number; max: number }): number | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const n = integerWithin(value, range.min, range.max);
  if (n === undefined) throw badQuery(name, value, `an integer from ${range.min} to ${range.max}`);
  return n;
}

export function flag(query: RawQuery, name: string): boolean | undefined {
  const value = oneOf(query, name, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
}

export function calendarDate(query: RawQuery, name: string): CalendarDate | undefined {
  const value = text(query, name);
  if (value !== undefined && !isCalendarDate(value)) throw badQuery(name, value, 'YYYY-MM-DD', `${name} must be a date as YYYY-MM-DD`);
  return value;
}

/** A code or id: printable, no spaces, at most 100 characters (it becomes part of a Redis key). */
export function code(query: RawQuery, name: string): string | undefined {
  const value = text(query, name);
  if (value !== undefined && !/^[\x21-\x7e]{1,100}$/.test(value)) throw badQuery(name, value, 'printable characters without spaces, at most 100');
  return value;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export const limitOf = (query: RawQuery): number => integer(query, 'limit', { min: 1, max: MAX_LIMIT }) ?? DEFAULT_LIMIT;

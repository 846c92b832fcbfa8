import { applyDecorators } from '@nestjs/common';
import { ApiQuery as ApiQueryParam } from '@nestjs/swagger';
import { MAX_LOG_POSITION, parseAsOf, parseLogPosition } from '../http';
import { badQuery, text, type RawQuery } from './query-params';

/** How fresh, or how old, the answer must be. */
export interface ReadOptions {
  /** Read-your-writes: wait until the read model has applied this position (a command's `position`). */
  minPosition?: bigint;
  /** Auditors: the read model as it stood at this instant (events recorded by then). */
  asOf?: Date;
  /** Auditors: the read model as it stood at this log position. */
  atPosition?: bigint;
}

export const READ_OPTION_NAMES = ['minPosition', 'asOf', 'atPosition'] as const;

function position(query: RawQuery, name: string): bigint | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const parsed = parseLogPosition(value);
  if (parsed === undefined) throw badQuery(name, value, `a log position: an integer from 0 to ${MAX_LOG_POSITION} (the \`position\` of a command answer)`);
  return parsed;
}

export function readOptionsOf(query: RawQuery): ReadOptions {
  const asOf = parseAsOf(text(query, 'asOf'));
  return { minPosition: position(query, 'minPosition'), atPosition: position(query, 'atPosition'), ...(asOf ? { asOf } : {}) };
}

export const isHistorical = (options: ReadOptions): boolean => options.asOf !== undefined || options.atPosition !== undefined;

/** Documents the three read options on a query route. */
export function ApiReadOptions(): MethodDecorator {
  return applyDecorators(
    ApiQueryParam({ name: 'minPosition', required: false, example: '1042', description: 'Wait (≤ 3 s) until the read model has applied this log position, e.g. the `position` a command answered; 503 ReadModelBehind with Retry-After otherwise' }),
    ApiQueryParam({ name: 'asOf', required: false, example: '2023-12-31', description: 'Auditors and admins: answer from the read model as it stood at this instant (a date means the end of that day, WIB), replayed into a scratch namespace' }),
    ApiQueryParam({ name: 'atPosition', required: false, example: '1042', description: 'Auditors and admins: answer from the read model as it stood at this log position' }),
  );
}

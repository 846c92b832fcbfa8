import type { AllFilter } from '../event-store.port';
import { categoryOf } from '../stream-names';
import { EVENT_COLUMNS } from './rows';

export interface Query {
  text: string;
  values: unknown[];
}

/**
 * One page of the log after `after`, in position order. A stream prefix that reaches a '-'
 * names its category, so the condition leads with `category = …` and the planner walks
 * (category, position); the prefix test that follows only narrows within it. A prefix
 * without '-' may match several categories and is tested on the stream name alone.
 */
export function pageQuery(after: bigint, filter: AllFilter | undefined, limit: number): Query {
  const values: unknown[] = [after.toString()];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const clauses = ['position > $1'];
  const prefixes = filter?.streamPrefixes ?? [];
  if (prefixes.length > 0) clauses.push(`(${prefixes.map((prefix) => prefixCondition(prefix, param)).join(' OR ')})`);
  const types = filter?.eventTypes ?? [];
  if (types.length === 1) clauses.push(`type = ${param(types[0])}::text`);
  else if (types.length > 1) clauses.push(`type = ANY(${param(types)}::text[])`);
  const text = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${clauses.join(' AND ')} ORDER BY position LIMIT ${param(limit)}`;
  return { text, values };
}

function prefixCondition(prefix: string, param: (value: unknown) => string): string {
  if (!prefix.includes('-')) return `starts_with(stream, ${param(prefix)}::text)`;
  const category = `category = ${param(categoryOf(prefix))}::text`;
  // `<category>-` is the whole category: nothing left to test on the name.
  if (prefix === `${categoryOf(prefix)}-`) return category;
  return `(${category} AND starts_with(stream, ${param(prefix)}::text))`;
}

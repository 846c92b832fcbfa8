import { badQuery, text, type RawQuery } from './query-params';
import { NATIONAL } from './read-scope';

/** `province`: a two-digit Kemendagri province code, or `national` for ministries and agencies. */
export function provinceParam(query: RawQuery): string | undefined {
  const value = text(query, 'province');
  if (value !== undefined && value !== NATIONAL && !/^\d{2}$/.test(value)) {
    throw badQuery('province', value, `a two-digit province code (e.g. 63) or ${NATIONAL}`);
  }
  return value;
}

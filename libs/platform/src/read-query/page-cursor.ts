import { badQuery } from './query-params';

/**
 * Opaque page cursors: the sort key of the last item of a page, base64url-encoded. The next
 * page starts strictly after that key, so items inserted or removed elsewhere never shift it
 * (offsets would).
 */
export function encodeCursor(parts: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The cursor's parts, checked against `shape` ('s' string, 'n' number); 400 naming query.cursor otherwise. */
export function decodeCursor(value: string | undefined, shape: ReadonlyArray<'s' | 'n'>): Array<string | number> | undefined {
  if (value === undefined) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  const fits =
    Array.isArray(parts) &&
    parts.length === shape.length &&
    parts.every((part, i) => (shape[i] === 'n' ? typeof part === 'number' && Number.isFinite(part) : typeof part === 'string'));
  if (!fits) throw badQuery('cursor', value, 'the nextCursor of a previous page', 'not a cursor this endpoint issued');
  return parts as Array<string | number>;
}

import { BadRequestException } from '@nestjs/common';
import { integerWithin } from '@app/platform/http';

const bad = (field: string, value: string, allowed: string) =>
  new BadRequestException({
    message: `${field} is out of range`,
    errors: [{ field: `query.${field}`, message: `"${value}" is not allowed`, allowed }],
  });

export function parsePageParams(from?: string, limit?: string): { fromRevision: number; limit: number } {
  const fromRevision = from === undefined || from === '' ? 0 : integerWithin(from, 0, Number.MAX_SAFE_INTEGER);
  if (fromRevision === undefined) throw bad('fromRevision', String(from), 'an integer ≥ 0');
  const size = limit === undefined || limit === '' ? 100 : integerWithin(limit, 1, 1000);
  if (size === undefined) throw bad('limit', String(limit), 'an integer from 1 to 1000');
  return { fromRevision, limit: size };
}

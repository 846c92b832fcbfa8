import { BadRequestException } from '@nestjs/common';

const bad = (field: string, value: string, allowed: string) =>
  new BadRequestException({
    message: `${field} is out of range`,
    errors: [{ field: `query.${field}`, message: `"${value}" is not allowed`, allowed }],
  });

export function parsePageParams(from?: string, limit?: string): { fromRevision: number; limit: number } {
  const fromRevision = from === undefined || from === '' ? 0 : Number(from);
  if (!Number.isInteger(fromRevision) || fromRevision < 0) throw bad('fromRevision', String(from), 'an integer ≥ 0');
  const size = limit === undefined || limit === '' ? 100 : Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > 1000) throw bad('limit', String(limit), 'an integer from 1 to 1000');
  return { fromRevision, limit: size };
}

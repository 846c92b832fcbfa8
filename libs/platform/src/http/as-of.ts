import { BadRequestException } from '@nestjs/common';

/** `?asOf=2023-12-31T23:59:59+07:00` → that instant; a bare date means the end of that day in UTC+7 (WIB). */
export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(dateOnly ? `${value}T23:59:59.999+07:00` : value);
  if (Number.isNaN(instant.getTime())) {
    throw new BadRequestException({
      message: 'asOf must be an ISO-8601 instant or date',
      errors: [{ field: 'query.asOf', message: `"${value}" is not a date or instant`, allowed: 'YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss(.sss)(Z|±HH:mm)' }],
    });
  }
  return instant;
}

import type { ArgumentMetadata } from '@nestjs/common';
import type { FieldProblem } from '@app/kernel';
import { SINGLE_LINE, TEXT_ALLOWED, printableName, textProblem } from './text-rules';

const PREFIX: Partial<Record<ArgumentMetadata['type'], string>> = { query: 'query', param: 'path' };

/**
 * Query parameters and path parameters are read by handlers as plain strings (ids, codes,
 * filters, cursors): each must be single-line text. `@Query()` without a name hands over the
 * whole parsed query, a repeated parameter as an array; its names are checked too.
 */
export function plainTextProblems(value: unknown, metadata: ArgumentMetadata): FieldProblem[] {
  const prefix = PREFIX[metadata.type];
  if (!prefix) return [];
  if (metadata.data) return problemsOf(`${prefix}.${printableName(metadata.data)}`, value);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([name, item]) => [
    ...problemsOf(`${prefix}.${printableName(name)}`, name),
    ...problemsOf(`${prefix}.${printableName(name)}`, item),
  ]);
}

function problemsOf(field: string, value: unknown): FieldProblem[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.flatMap((item) => {
    const problem = typeof item === 'string' ? textProblem(item, SINGLE_LINE) : undefined;
    return problem ? [{ field, message: `${field} ${problem}`, allowed: TEXT_ALLOWED[SINGLE_LINE] }] : [];
  });
}

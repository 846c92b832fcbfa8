import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { FieldProblem } from '@app/kernel';

/**
 * Flattens class-validator's tree (nested objects, array items) into one entry per broken
 * constraint, each with its dotted path (`loci.2.score`) and, where class-validator knows
 * it, what would have been accepted.
 */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      problem(field, message, allowedFor(error, constraint)),
    );
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function problem(field: string, message: string, allowed: unknown): FieldProblem {
  return allowed === undefined ? { field, message } : { field, message, allowed };
}

function allowedFor(error: ValidationError, constraint: string): unknown {
  const target = error.target?.constructor;
  if (!target) return undefined;
  if (constraint === 'whitelistValidation') {
    // "property x should not exist" is more useful with the properties that may.
    return [...new Set(metadataOf(target).map((m) => m.propertyName))].sort();
  }
  const metadata = metadataOf(target).find((m) => m.propertyName === error.property && m.name === constraint);
  if (!metadata) return undefined;
  if (constraint === 'isIn') return metadata.constraints[0] as unknown;
  if (constraint === 'isEnum') return metadata.constraints[1] as unknown;
  return undefined;
}

function metadataOf(target: Function): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
}

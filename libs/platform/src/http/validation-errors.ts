import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { FieldProblem } from '@app/kernel';
import { allowedOf } from './allowed-constraint';
import { printableName, printableText } from './text-rules';

/**
 * At most this many field problems are written out; the rest are counted. A body with tens of
 * thousands of unknown keys must not earn an answer (and a log line) of the same size.
 */
export const MAX_FIELD_PROBLEMS = 20;

export interface FieldProblemSummary {
  /** The first `max` problems, in the order class-validator found them. */
  problems: FieldProblem[];
  /** How many more there were. */
  more: number;
}

/**
 * Flattens class-validator's tree (nested objects, array items) into one entry per broken
 * constraint, each with its dotted path (`loci.2.score`) and, where known, what would have
 * been accepted. Only the first `max` are described; the others are only counted.
 */
export function summarizeValidationErrors(errors: ValidationError[], max = MAX_FIELD_PROBLEMS): FieldProblemSummary {
  const summary: FieldProblemSummary = { problems: [], more: 0 };
  const visit = (list: ValidationError[], parentPath: string): void => {
    for (const error of list) {
      // Unknown keys are the client's text: echoed back escaped.
      const property = printableName(error.property);
      const field = parentPath ? `${parentPath}.${property}` : property;
      for (const [constraint, message] of ownConstraints(error)) {
        if (summary.problems.length < max) summary.problems.push(problem(field, messageOf(constraint, property, message), allowedFor(error, constraint)));
        else summary.more += 1;
      }
      visit(error.children ?? [], field);
    }
  };
  visit(errors, '');
  return summary;
}

/** class-validator's "property <key> should not exist" repeats the key whole: it gets the clipped name. */
const messageOf = (constraint: string, property: string, message: string): string =>
  constraint === 'whitelistValidation' ? `property ${property} should not exist` : printableText(message);

/**
 * "nested property x must be either object or array" only repeats what @IsObject/@IsArray on the
 * same field already said.
 */
function ownConstraints(error: ValidationError): Array<[string, string]> {
  const entries = Object.entries(error.constraints ?? {});
  return entries.length > 1 ? entries.filter(([constraint]) => constraint !== 'nestedValidation') : entries;
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
  return allowedOf(metadata.constraints?.[0]);
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- class-validator's metadata is keyed by constructor
function metadataOf(target: Function): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
}

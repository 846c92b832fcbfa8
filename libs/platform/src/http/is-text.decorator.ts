import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { allowedConstraint } from './allowed-constraint';
import { MULTI_LINE, SINGLE_LINE, TEXT_ALLOWED, textProblem, type TextKind } from './text-rules';

/**
 * Only judges strings: whether a value is a string at all is @IsString's (or @Matches') to say,
 * so a wrong type is reported once.
 */
function IsText(kind: TextKind, name: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [allowedConstraint(TEXT_ALLOWED[kind])],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || textProblem(value, kind) === undefined,
        defaultMessage: (args?: ValidationArguments) => {
          const property = args?.property ?? 'value';
          const value: unknown = args?.value;
          if (typeof value === 'string') return `${property} ${textProblem(value, kind) ?? 'is not acceptable text'}`;
          // `each`: class-validator names the array, so the message names the item.
          const items = Array.isArray(value) ? (value as unknown[]) : [];
          const at = items.findIndex((item) => typeof item === 'string' && textProblem(item, kind) !== undefined);
          return at < 0 ? `each value in ${property} must be acceptable text` : `${property}.${at} ${textProblem(items[at] as string, kind)}`;
        },
      },
    },
    options,
  );
}

/** Names, titles, registration numbers, codes and ids: one line, no control characters. */
export const IsSingleLineText = (options?: ValidationOptions): PropertyDecorator => IsText(SINGLE_LINE, 'isSingleLineText', options);

/** Summaries, notes and reasons: line breaks and tabs allowed, other control characters not. */
export const IsMultiLineText = (options?: ValidationOptions): PropertyDecorator => IsText(MULTI_LINE, 'isMultiLineText', options);

import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The field may be left out. Unlike @IsOptional, `null` is not "left out": it is checked by the
 * field's other rules and refused, so it never reaches a decider that expects a value or none.
 */
export const IsOptionalField = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined, options);

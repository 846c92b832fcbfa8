import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsObject, ValidateNested } from 'class-validator';

type DtoClass = new () => object;

/**
 * A nested object that must be there and be an object: @ValidateNested alone lets a missing
 * object, `null`, a string or an array through, and the handler then fails on it (500).
 * Combine with @IsOptionalField() when it may be left out.
 */
export const NestedObject = (type: () => DtoClass): PropertyDecorator =>
  applyDecorators(IsObject({ message: '$property must be an object' }), ValidateNested(), Type(type));

/** An array whose every item is an object of `type` (not `[[]]`, `[1]` or `[null]`). */
export const NestedObjects = (type: () => DtoClass): PropertyDecorator =>
  applyDecorators(IsArray(), IsObject({ each: true, message: 'each item in $property must be an object' }), ValidateNested({ each: true }), Type(type));

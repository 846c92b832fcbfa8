import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isCalendarDate } from '@app/kernel';

/** A real calendar date written `YYYY-MM-DD` (2021-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a calendar date written YYYY-MM-DD, e.g. 2021-10-28`, options),
      },
    },
    options,
  );
}

import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isCalendarDate } from '@app/kernel';
import { allowedConstraint } from './allowed-constraint';
import { describeBusinessDates, isBusinessDate } from './business-dates';
import { validationNow } from './validation-clock';

/**
 * A real calendar date written `YYYY-MM-DD` (2021-02-30 is refused) inside the business range
 * (business-dates.ts): every date a request carries is one this product tracks.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  const format = ValidateBy(
    {
      name: 'isCalendarDate',
      constraints: [allowedConstraint('YYYY-MM-DD, a real calendar date')],
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a calendar date written YYYY-MM-DD, e.g. 2021-10-28`, options),
      },
    },
    options,
  );
  const range = ValidateBy(
    {
      name: 'isBusinessDate',
      constraints: [allowedConstraint(() => describeBusinessDates(validationNow()))],
      validator: {
        // A malformed date is the format rule's to report.
        validate: (value: unknown) => !isCalendarDate(value) || isBusinessDate(value, validationNow()),
        defaultMessage: buildMessage((each) => `${each}$property must be ${describeBusinessDates(validationNow())}`, options),
      },
    },
    options,
  );
  return (target: object, property: string | symbol) => {
    format(target, property);
    range(target, property);
  };
}

import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { allowedConstraint } from './allowed-constraint';
import { describeBusinessYears, isBusinessYear } from './business-dates';
import { validationNow } from './validation-clock';

/** A whole year inside the business range (business-dates.ts): 2023, not 2023.5, 0 or 20230. */
export function IsBusinessYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBusinessYear',
      constraints: [allowedConstraint(() => describeBusinessYears(validationNow()))],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && isBusinessYear(value, validationNow()),
        defaultMessage: buildMessage((each) => `${each}$property must be ${describeBusinessYears(validationNow())}`, options),
      },
    },
    options,
  );
}

import { isCalendarDate, isValidPhone } from '@cqss/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The domain's phone rule on an input field (`isValidPhone`), answered as `PHONE_INVALID`
 * (see validation-problems.ts), the same rule the forms check before sending.
 */
export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidPhone(value),
        defaultMessage: () => '$property must be a phone number',
      },
    },
    options,
  );
}

/**
 * The domain's calendar date on an input field (`isCalendarDate`: 'YYYY-MM-DD', a day that
 * exists), answered as `DATE_INVALID`, the rule the forms' date pickers keep.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () => '$property must be a date YYYY-MM-DD',
      },
    },
    options,
  );
}

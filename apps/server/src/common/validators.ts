import { isValidPhone } from '@cqss/domain';
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

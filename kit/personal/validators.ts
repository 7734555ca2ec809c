import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidNationalId } from './national-id';
import { isMainlandMobile } from './phone';
import { hasControlOrBidiChars, hasControlOrBidiCharsMultiline, isBlank } from './text';

/** Options of {@link IsPlainText}. */
export interface PlainTextOptions {
  /** allow `\n` and `\t` (default false: single-line field) */
  multiline?: boolean;
}

/** class-validator rule: the property is a valid 18-character national ID number (see `isValidNationalId`). Non-strings fail. */
export function IsNationalId(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNationalId',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidNationalId(value),
        defaultMessage: () =>
          '$property must be a valid mainland national ID number (GB 11643: 18 characters, check digit, birth date)',
      },
    },
    validationOptions,
  );
}

/** class-validator rule: the property is an 11-digit mainland mobile number (see `isMainlandMobile`). Non-strings fail. */
export function IsMainlandMobile(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMainlandMobile',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isMainlandMobile(value),
        defaultMessage: () => '$property must be a mainland mobile number (11 digits starting 13-19)',
      },
    },
    validationOptions,
  );
}

/**
 * class-validator rule: the property is a string that is not blank and is free of control, bidi
 * and line-separator characters (see `hasControlOrBidiChars`; with `multiline`, `\n` and `\t` are
 * allowed). Non-strings fail.
 */
export function IsPlainText(options: PlainTextOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  const hasForbidden = options.multiline ? hasControlOrBidiCharsMultiline : hasControlOrBidiChars;
  return ValidateBy(
    {
      name: 'isPlainText',
      constraints: [options.multiline === true],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !isBlank(value) && !hasForbidden(value),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && isBlank(args.value)
            ? '$property must not be blank'
            : '$property must not contain control, bidirectional-override or line-separator characters',
      },
    },
    validationOptions,
  );
}

import { ValidateBy, type ValidationOptions } from 'class-validator';

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date `YYYY-MM-DD` (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Today's date `YYYY-MM-DD` in UTC, the calendar every stored date uses. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** class-validator rule: the property is a real calendar date `YYYY-MM-DD`. Non-strings fail. */
export function IsCalendarDate(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => '$property must be a calendar date YYYY-MM-DD',
      },
    },
    validationOptions,
  );
}

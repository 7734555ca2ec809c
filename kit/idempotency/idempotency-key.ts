import { IsOptional, Length, Matches } from 'class-validator';
import { Field } from 'type-graphql';

/** An idempotency key: 8–100 letters, digits and `._:-` (a UUID fits). */
export const KEY_LENGTH = { min: 8, max: 100 } as const;
export const KEY_PATTERN = /^[A-Za-z0-9._:-]+$/;

const DESCRIPTION =
  'Idempotency key (幂等键): a retry with the same key and input answers as the first call did and changes nothing more; the same key with another input is a CONFLICT. Required from partner agencies';

/**
 * The `idempotencyKey` field of a command's input, for `@Idempotent()` commands: optional in the
 * schema (adding it broke no client), required from partner agencies by the middleware.
 * `required` makes it `String!` (the 12345 intake has always required one).
 */
export function IdempotencyKeyField(options: { required?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    Field({ description: DESCRIPTION, nullable: !options.required })(target, property);
    if (!options.required) IsOptional()(target, property);
    Length(KEY_LENGTH.min, KEY_LENGTH.max)(target, property);
    Matches(KEY_PATTERN)(target, property);
  };
}

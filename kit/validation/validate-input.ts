import { validateSync, type ValidationError } from 'class-validator';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { BadUserInputError } from '../errors';

/** Depth-first: the first broken rule, with the dotted path of the field that broke it. */
interface Violation {
  field: string;
  rule: string;
  message: string;
}

function firstViolation(errors: ValidationError[], prefix: string): Violation | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const [rule, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    if (rule && message) return { field, rule, message: message.replace(error.property, field) };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * Runs class-validator on an input or args object (or a list of them): `BAD_USER_INPUT` naming the
 * field (`input.phone`) and the rule, or null when every rule holds. Synchronous: every rule in
 * use is (class-validator's built-in ones and ours), so a field resolver need not await it.
 */
export function argumentViolation(argValue: unknown, argType: unknown, info: GraphQLResolveInfo): BadUserInputError | null {
  const values: unknown[] = Array.isArray(argValue) ? argValue : [argValue];
  // An input type arrives under its argument's name (`input`); an @ArgsType's fields are the arguments.
  const definition = info.parentType.getFields()[info.fieldName];
  const typeName = typeof argType === 'function' ? argType.name : undefined;
  const argName = definition?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? '';
  for (const value of values) {
    if (value === null || typeof value !== 'object' || value.constructor === Object) continue;
    const violation = firstViolation(validateSync(value, { forbidUnknownValues: false }), argName);
    if (violation) return new BadUserInputError(violation.field, violation.rule, violation.message);
  }
  return null;
}

/** type-graphql's `validateFn`: every input and args object is validated before any resolver runs. */
export const validateInput: ValidatorFn = (argValue, argType, { info }) => {
  const violation = argumentViolation(argValue, argType, info);
  if (violation) throw violation;
};

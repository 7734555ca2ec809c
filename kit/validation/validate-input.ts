import { validate, type ValidationError } from 'class-validator';
import { getNamedType } from 'graphql';
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
 * type-graphql's `validateFn`: runs class-validator on every input and args object and throws
 * `BAD_USER_INPUT` naming the field (`input.phone`) and the rule, before any resolver runs.
 */
export const validateInput: ValidatorFn = async (argValue, argType, { info }) => {
  const values = Array.isArray(argValue) ? argValue : [argValue];
  // An input type arrives under its argument's name (`input`); an @ArgsType's fields are the arguments.
  const definition = info.parentType.getFields()[info.fieldName];
  const typeName = typeof argType === 'function' ? argType.name : undefined;
  const argName = definition?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? '';
  for (const value of values) {
    if (value === null || typeof value !== 'object' || value.constructor === Object) continue;
    const violation = firstViolation(await validate(value, { forbidUnknownValues: false }), argName);
    if (violation) throw new BadUserInputError(violation.field, violation.rule, violation.message);
  }
};

import { GraphQLError } from 'graphql';

/** The fixed set of `extensions.code` values a client can see. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export const ERROR_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL',
];

/**
 * Invalid input: names the offending field (dotted path from the argument, e.g. `input.phone`)
 * and the rule it broke, so a form can put the message beside the right box.
 */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, rule: string, message?: string) {
    super(message ?? `${field}: ${rule}`, { extensions: { code: 'BAD_USER_INPUT', field, rule } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this here') {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'A valid bearer token is required') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** A state rule refused the command (e.g. a transition that is not allowed); nothing was changed. */
export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}

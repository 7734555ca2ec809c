import { GraphQLError } from 'graphql';

/*
 * The error-code policy, stated once: kit's Apollo options (every subgraph) and the gateway apply it.
 * - A client sees only the codes below, and only the extensions in CLIENT_EXTENSIONS.
 * - Every code but INTERNAL is the caller's fault: logged briefly, and shown with its message.
 * - INTERNAL is ours: the client gets "Internal error" and the request id, the detail goes to the log.
 * - Apollo's own request-level codes (a query that does not parse or validate) are the caller's
 *   fault and reach the client as BAD_USER_INPUT.
 */

/** The fixed set of `extensions.code` values a client can see. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export const ERROR_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL',
];

/** Extensions a client may see: the code, and which input field broke which rule. */
export const CLIENT_EXTENSIONS = ['code', 'field', 'rule'] as const;

/** Apollo's own request-level codes, folded into the fixed set clients are promised. */
const APOLLO_CODES: Readonly<Record<string, ErrorCode>> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
};

type CallerFaultCode = Exclude<ErrorCode, 'INTERNAL'>;

/** `raw` when it is one of our own codes and the caller's fault; what a subgraph may hand through the gateway. */
export function ownCallerCode(raw: unknown): CallerFaultCode | undefined {
  return typeof raw === 'string' && raw !== 'INTERNAL' && ERROR_CODES.includes(raw as ErrorCode) ? (raw as CallerFaultCode) : undefined;
}

/**
 * The code a client sees for an error the caller caused — one of ours, or one of Apollo's
 * request-level codes folded in — else `undefined`: the error is ours, and shown as INTERNAL.
 */
export function callerFaultCode(raw: unknown): CallerFaultCode | undefined {
  return ownCallerCode(typeof raw === 'string' ? (APOLLO_CODES[raw] ?? raw) : raw);
}

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
  /** `field` names the input that clashed when there is one (e.g. an address already taken). */
  constructor(message: string, field?: string) {
    super(message, { extensions: field ? { code: 'CONFLICT', field } : { code: 'CONFLICT' } });
  }
}

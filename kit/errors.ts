import { GraphQLError } from 'graphql';

/*
 * The error-code policy, stated once: kit's Apollo options (every subgraph) and the gateway apply it.
 * - A client sees only the codes below, and only the extensions in CLIENT_EXTENSIONS.
 * - Every code but INTERNAL and UNAVAILABLE is the caller's fault: logged briefly, and shown with its
 *   message — unless the message holds internal detail (a host, an address, a file, SQL, a stack):
 *   then the client gets a plain message for the code instead (`clientMessage`).
 * - INTERNAL is ours: the client gets "Internal error" and the request id, the detail goes to the log.
 * - UNAVAILABLE is ours too: a part of the system did not answer (down, hung, short-circuited,
 *   overloaded); the client gets "Temporarily unavailable" on the fields it could not fill and may
 *   retry. A service over its admission limit (kit/http/admission.ts) answers the whole request
 *   with it, as HTTP 503 with `Retry-After`, before running anything.
 * - Apollo's own request-level codes (a query that does not parse or validate) are the caller's
 *   fault and reach the client as BAD_USER_INPUT.
 */

/**
 * The fixed set of `extensions.code` values a client can see. The last two are the gateway's own:
 * PERSISTED_QUERY_NOT_FOUND is the first step of the automatic persisted-query protocol (the client
 * sends the text next, by the code or by the message `PersistedQueryNotFound`), and
 * OPERATION_NOT_TRUSTED refuses a partner agency anything but its registered operations (docs/partners.md).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'OPERATION_NOT_TRUSTED';

export const ERROR_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL',
  'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_NOT_TRUSTED',
];

/** Extensions a client may see: the code, and which input field broke which rule. */
export const CLIENT_EXTENSIONS = ['code', 'field', 'rule'] as const;

/** Apollo's own request-level codes, folded into the fixed set clients are promised. */
const APOLLO_CODES: Readonly<Record<string, ErrorCode>> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
};

type CallerFaultCode = Exclude<ErrorCode, 'INTERNAL' | 'UNAVAILABLE'>;

/** Codes only the gateway raises, about the request itself: never handed through from a subgraph. */
const GATEWAY_CODES: readonly ErrorCode[] = ['PERSISTED_QUERY_NOT_FOUND', 'OPERATION_NOT_TRUSTED'];

function isCallerFault(raw: unknown): raw is CallerFaultCode {
  return typeof raw === 'string' && raw !== 'INTERNAL' && raw !== 'UNAVAILABLE' && ERROR_CODES.includes(raw as ErrorCode);
}

/** `raw` when it is one of our own codes and the caller's fault; what a subgraph may hand through the gateway. */
export function ownCallerCode(raw: unknown): CallerFaultCode | undefined {
  return isCallerFault(raw) && !GATEWAY_CODES.includes(raw) ? raw : undefined;
}

/**
 * The code a client sees for an error the caller caused — one of ours, or one of Apollo's
 * request-level codes folded in — else `undefined`: the error is ours, and shown as INTERNAL.
 */
export function callerFaultCode(raw: unknown): CallerFaultCode | undefined {
  const code = typeof raw === 'string' ? (APOLLO_CODES[raw] ?? raw) : raw;
  return isCallerFault(code) ? code : undefined;
}

/** What a client is told for a caller's-fault code when the message itself cannot be shown. */
const PLAIN_MESSAGES: Readonly<Record<CallerFaultCode, string>> = {
  BAD_USER_INPUT: 'Invalid input',
  NOT_FOUND: 'Not found',
  FORBIDDEN: 'You are not allowed to do this here',
  UNAUTHENTICATED: 'A valid bearer token is required',
  CONFLICT: 'The change conflicts with the current state; nothing was changed',
  RATE_LIMITED: 'Too many requests; slow down',
  PERSISTED_QUERY_NOT_FOUND: 'PersistedQueryNotFound',
  OPERATION_NOT_TRUSTED: 'Only the operations registered for your agency may be run, sent by their hash',
};

/**
 * Internal detail a message may carry by accident (a driver's or a proxy's text wrapped in a
 * caller's-fault error): URLs, IP addresses, host:port, host names under infrastructure or common
 * top-level domains, `localhost`, file paths and source positions, stack frames, SQL, socket errors.
 */
const INTERNAL_DETAIL = [
  /[a-z][a-z0-9+.-]*:\/\//i,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/,
  /\[[0-9a-f:.]*:[0-9a-f:.]*\]|\b[0-9a-f]{1,4}::[0-9a-f]{0,4}/i,
  /\blocalhost\b/i,
  /\b[a-z][\w-]*(?:\.[\w-]+)*:\d{2,5}\b/i,
  /\b[\w-]+(?:\.[\w-]+)*\.(?:local|internal|lan|svc|cluster|corp|com|net|org|cn|io)\b/i,
  /(?:^|[\s'"(])\/(?:[\w.-]+\/)+[\w.-]*/,
  /\.(?:[cm]?js|ts):\d+/,
  /\bat\s+\S+\s+\(/,
  /\bselect\s+(?:\*|[\w."]+(?:\s*,\s*[\w."]+)*)\s+from\s+["`\w]|\binsert\s+into\s|\bupdate\s+["`\w]+\s+set\s|\bdelete\s+from\s/i,
  /\bE(?:CONN\w+|PIPE|TIMEDOUT|NOTFOUND|HOSTUNREACH|AI_AGAIN)\b/,
];

/**
 * Messages of the JavaScript engine itself that reach a caller's-fault error, told in the client's
 * terms: graphql-js parses recursively, so a document nested a few thousand levels deep (still under
 * the token limit) runs the parser out of stack and Apollo reports the RangeError as a parse failure.
 */
const ENGINE_MESSAGES: readonly (readonly [RegExp, string])[] = [[/Maximum call stack size exceeded/, 'The document is nested too deeply']];

/** A `field` or `rule` name a client may see: a dotted input path or a rule's name, nothing else. */
const NAME = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*|\[\d+\])*$/;

/**
 * The message a client sees for a caller's-fault error: its own, or — when it holds internal detail
 * — `field: rule` when both are plain names, else a plain message for the code. Text that merely
 * names the offending input (`input.address`) is not mistaken for a host.
 */
export function clientMessage(code: CallerFaultCode, message: string, field?: unknown, rule?: unknown): string {
  const engine = ENGINE_MESSAGES.find(([pattern]) => pattern.test(message));
  if (engine) return engine[1];
  const plainField = typeof field === 'string' && NAME.test(field) ? field : undefined;
  const plainRule = typeof rule === 'string' && NAME.test(rule) ? rule : undefined;
  const checked = plainField ? message.split(plainField).join(' ') : message;
  if (!INTERNAL_DETAIL.some((pattern) => pattern.test(checked))) return message;
  return plainField && plainRule ? `${plainField}: ${plainRule}` : PLAIN_MESSAGES[code];
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

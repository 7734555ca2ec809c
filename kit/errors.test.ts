import { callerFaultCode, ownCallerCode } from './errors';

test.each([
  ['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
  ['CONFLICT', 'CONFLICT', 'CONFLICT'],
  ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
  ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', undefined],
  ['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', undefined],
  ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND', undefined],
  ['OPERATION_NOT_TRUSTED', 'OPERATION_NOT_TRUSTED', undefined],
  ['PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_USER_INPUT', undefined],
  ['INTERNAL', undefined, undefined],
  ['INTERNAL_SERVER_ERROR', undefined, undefined],
  [undefined, undefined, undefined],
])('%s: the caller sees %s; a subgraph may pass through %s', (raw, callerSees, passedThrough) => {
  expect(callerFaultCode(raw)).toBe(callerSees);
  expect(ownCallerCode(raw)).toBe(passedThrough);
});

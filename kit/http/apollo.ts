import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { auditPlugin } from '../audit/audit-plugin';
import { callerFaultCode, clientMessage } from '../errors';
import { queryCostPlugin } from '../limits/query-cost';
import { aliasLimit, depthLimit } from '../limits/query-limits';
import { mutationsLoadManaged } from '../orm/managed-loads';
import { mutationsReadFromPrimary } from '../orm/read-routing';
import { compiledExecution } from './compiled-execution';
import { operationNamePlugin } from './operation-name';

/**
 * Keeps what a client may see: the message and code of errors we raised on purpose (the message
 * only when it holds no internal detail, `clientMessage`), and the fixed message of UNAVAILABLE.
 * Anything else (a driver error, a bug) becomes INTERNAL with the request id, and its detail goes to
 * the log only. The path stays: the client learns which field is null because of the error.
 */
export function maskError(formatted: GraphQLFormattedError, log: Logger): GraphQLFormattedError {
  const code = callerFaultCode(formatted.extensions?.code);
  if (code) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: clientMessage(code, formatted.message, extensions.field, extensions.rule), extensions: { ...extensions, code } };
  }
  const where = { ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
  if (formatted.extensions?.code === 'UNAVAILABLE') return { message: 'Temporarily unavailable', ...where, extensions: { code: 'UNAVAILABLE' } };
  log.error({ err: formatted }, 'unexpected error');
  return { message: 'Internal error', ...where, extensions: { code: 'INTERNAL' } };
}

export interface ApolloOptions<TContext extends BaseContext> {
  readonly log: Logger;
  readonly plugins?: ApolloServerPlugin<TContext>[];
}

/**
 * The Apollo Server settings every service shares — the gateway and each subgraph alike, so a
 * subgraph called directly refuses what the gateway would: token, depth, alias and cost limits
 * before execution, and masked errors (a subgraph's resolvers stop on a request its caller gave up
 * on: `unlessAbandoned`).
 */
export function apolloServerOptions<TContext extends BaseContext>(options: ApolloOptions<TContext>) {
  return {
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: 5000 },
    formatError: (formatted: GraphQLFormattedError) => maskError(formatted, options.log),
    validationRules: [depthLimit(), aliasLimit()],
    plugins: [operationNamePlugin(), queryCostPlugin(), ...(options.plugins ?? [])],
  };
}

/**
 * An Apollo Server for a subgraph schema, its operations compiled (kit/http/compiled-execution.ts):
 * the unmasked reads of each request reach the audit trail before its response leaves.
 */
export function createSubgraphApollo<TContext extends object>(schema: import('graphql').GraphQLSchema, log: Logger): ApolloServer<TContext> {
  // Apollo's cache-control plugin (on by default) has a willResolveField hook, which wraps every field of the schema;
  // no cache hints are set anywhere, so all it gave was `cache-control: no-store` on every answer, set here instead.
  const noStore: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
  const plugins = [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), noStore, auditPlugin<TContext>(), mutationsReadFromPrimary<TContext>(), mutationsLoadManaged<TContext>()];
  const base = apolloServerOptions({ log, plugins });
  // startService drains and stops the server on SIGTERM; Apollo's own handler would re-raise the
  // signal and kill the process mid-drain.
  return new ApolloServer<TContext>({ gateway: compiledExecution(schema), ...base, stopOnTerminationSignals: false });
}

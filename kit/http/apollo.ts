import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { auditPlugin } from '../audit/audit-plugin';
import { callerFaultCode } from '../errors';
import { queryCostPlugin } from '../limits/query-cost';
import { aliasLimit, depthLimit } from '../limits/query-limits';
import { abandonedRequestPlugin } from '../limits/request-budget';
import { operationNamePlugin } from './operation-name';

/**
 * Keeps what a client may see: the message and code of errors we raised on purpose. Anything else
 * (a driver error, a bug) becomes INTERNAL with the request id, and its detail goes to the log only.
 */
export function maskError(formatted: GraphQLFormattedError, log: Logger): GraphQLFormattedError {
  const code = callerFaultCode(formatted.extensions?.code);
  if (code) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  log.error({ err: formatted }, 'unexpected error');
  return { message: 'Internal error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL' } };
}

export interface ApolloOptions<TContext extends BaseContext> {
  readonly log: Logger;
  readonly plugins?: ApolloServerPlugin<TContext>[];
}

/**
 * The Apollo Server settings every service shares — the gateway and each subgraph alike, so a
 * subgraph called directly refuses what the gateway would: token, depth, alias and cost limits
 * before execution, masked errors, and no work on a request its caller gave up on.
 */
export function apolloServerOptions<TContext extends BaseContext>(options: ApolloOptions<TContext>) {
  return {
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: 5000 },
    formatError: (formatted: GraphQLFormattedError) => maskError(formatted, options.log),
    validationRules: [depthLimit(), aliasLimit()],
    plugins: [operationNamePlugin(), queryCostPlugin(), abandonedRequestPlugin(), ...(options.plugins ?? [])],
  };
}

/** An Apollo Server for a subgraph schema: the unmasked reads of each request reach the audit trail before its response leaves. */
export function createSubgraphApollo<TContext extends object>(schema: import('graphql').GraphQLSchema, log: Logger): ApolloServer<TContext> {
  const base = apolloServerOptions({ log, plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), auditPlugin<TContext>()] });
  // startService drains and stops the server on SIGTERM; Apollo's own handler would re-raise the
  // signal and kill the process mid-drain.
  return new ApolloServer<TContext>({ schema, ...base, stopOnTerminationSignals: false });
}

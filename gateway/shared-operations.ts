import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayContext } from './data-source';

/** What Apollo Server needs of a gateway: ApolloGateway, or a wrapper around it. */
export type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;
type Executor = NonNullable<Awaited<ReturnType<ApolloGateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;

interface Running {
  readonly result: Promise<ExecutionResult>;
  readonly requestId: string;
}

/**
 * The caller and everything they asked, joined by line breaks (which neither a header value, a hash
 * nor an operation name holds). The token is the caller: the gateway forwards nothing else that
 * can change an answer, and the reveal reason is an argument, so it is in the variables or the text.
 */
function keyOf({ context, queryHash, request }: RequestContext): string {
  const { authorization } = context as GatewayContext;
  return `${authorization ?? ''}\n${request.operationName ?? ''}\n${queryHash}\n${JSON.stringify(request.variables ?? {})}`;
}

/**
 * Identical queries of one caller in flight at the same moment run once: same token, same document,
 * operation name and variables. The first runs its plan; the others wait for its result and answer
 * with it (each formats and sends its own response). Nothing is kept once it is answered: this is
 * not a cache, and a query that arrives after the first's result gets a run of its own. Different
 * tokens never share; mutations and subscriptions always run on their own. It is the subgraph-level
 * sharing (`in-flight-dedup.ts`) one level up: a page whose components ask the same query at once,
 * or a dashboard refreshed in a burst, costs the gateway one plan execution, not one per request.
 */
export function shareIdenticalOperations(gateway: Gateway): Gateway {
  const inFlight = new Map<string, Running>();
  const share =
    (execute: Executor): Executor =>
    async requestContext => {
      if (requestContext.operation.operation !== 'query') return execute(requestContext);
      const key = keyOf(requestContext);
      const context = requestContext.context as GatewayContext;
      const running = inFlight.get(key);
      if (running) {
        context.log.debug({ sharedWith: running.requestId }, 'answered by an identical query in flight');
        return running.result;
      }
      const result = execute(requestContext);
      inFlight.set(key, { result, requestId: context.requestId });
      const forget = () => inFlight.delete(key);
      result.then(forget, forget);
      return result;
    };
  return {
    load: async options => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: loaded.executor && share(loaded.executor) };
    },
    onSchemaLoadOrUpdate: callback => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}

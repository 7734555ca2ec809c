import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** How long a subgraph works on one request: the gateway gives up on it at the same time. */
export const REQUEST_BUDGET_MS = 10_000;

/**
 * A signal that fires when the caller hangs up before the answer is sent, or when the request has
 * run for `budgetMs`. Call `done()` once answered, to release the timer.
 */
export function requestSignal(response: NodeJS.EventEmitter & { writableFinished: boolean }, budgetMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`request ran over its ${budgetMs} ms budget`)), budgetMs);
  const onClose = () => {
    if (!response.writableFinished) controller.abort(new Error('caller hung up'));
  };
  response.once('close', onClose);
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      response.off('close', onClose);
    },
  };
}

/**
 * Stops resolving as soon as the request's `signal` fires: every field about to resolve fails
 * instead, so no further loader batch or statement starts for a request nobody waits for.
 */
export function abandonedRequestPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ contextValue }) {
              if ((contextValue as { signal?: AbortSignal }).signal?.aborted) {
                throw new GraphQLError('The request was abandoned or ran over its time budget', { extensions: { code: 'INTERNAL' } });
              }
            },
          };
        },
      };
    },
  };
}

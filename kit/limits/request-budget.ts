import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

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
 * `resolve`, unless the request's `signal` fired (its caller hung up, or it ran over its budget):
 * then it fails at once, so no further loader batch or statement starts for a request nobody waits
 * for. kit/schema/federated-schema.ts puts it on every resolver that does work (queries, mutations,
 * field resolvers, entity references); plain properties need no check, and the executor reads them
 * directly, which an Apollo `willResolveField` hook would prevent by wrapping every field.
 */
export function unlessAbandoned<TSource, TContext, TArgs>(
  resolve: GraphQLFieldResolver<TSource, TContext, TArgs>,
): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return (source, args, context, info) => {
    refuseIfAbandoned(context);
    return resolve(source, args, context, info);
  };
}

/** Throws (masked INTERNAL) when the request's `signal` in `context` fired. */
export function refuseIfAbandoned(context: unknown): void {
  if ((context as { signal?: AbortSignal } | undefined)?.signal?.aborted) {
    throw new GraphQLError('The request was abandoned or ran over its time budget', { extensions: { code: 'INTERNAL' } });
  }
}

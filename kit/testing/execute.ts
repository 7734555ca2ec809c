import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

export interface OperationResult<TData = any> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

/** Runs an operation in-process through the real server, with a ready-made context. */
export async function execute<TContext extends object, TData = any>(
  apollo: ApolloServer<TContext>,
  contextValue: TContext,
  query: string,
  variables?: Record<string, unknown>,
): Promise<OperationResult<TData>> {
  const response = await apollo.executeOperation<TData>({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  return response.body.singleResult;
}

/** The `extensions.code` of each error, for compact assertions. */
export function errorCodes(result: OperationResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

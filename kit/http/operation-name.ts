import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A document with several operations and no `operationName`, or an `operationName` it does not
 * hold, is the caller's mistake: 400 BAD_USER_INPUT. (Behind a gateway Apollo leaves this to the
 * gateway's executor, which fails with a 500.)
 */
export function operationNamePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `operationName "${request.operationName}" names no operation in the document`
            : 'The document holds several operations: give operationName';
          throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'operationName', http: { status: 400 } } });
        },
      };
    },
  };
}

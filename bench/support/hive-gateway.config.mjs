// Hive Gateway as the peers bench runs it: the caller's token goes on to every subgraph, as our
// gateway forwards it (the subgraphs verify it again). Everything else is Hive's default.
export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      return { authorization: request.headers.get('authorization') ?? '' };
    },
  },
  logging: 'error',
};

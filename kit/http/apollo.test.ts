import pino from 'pino';
import { createSubgraphApollo, maskError } from './apollo';

const log = pino({ level: 'silent' });

test('keeps our own errors and folds Apollo request errors into BAD_USER_INPUT', () => {
  expect(maskError({ message: 'input.x: bad', extensions: { code: 'BAD_USER_INPUT', field: 'input.x', stacktrace: ['at …'] } }, log))
    .toEqual({ message: 'input.x: bad', extensions: { code: 'BAD_USER_INPUT', field: 'input.x' } });
  expect(maskError({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, log).extensions!.code).toBe('BAD_USER_INPUT');
});

test('hides anything unexpected behind INTERNAL', () => {
  const masked = maskError({ message: 'insert into `resident` … FOREIGN KEY constraint failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, log);
  expect(masked).toEqual({ message: 'Internal error', extensions: { code: 'INTERNAL' } });
});

test('a document nested past the parser\'s stack is refused as too deep, without the engine\'s message', async () => {
  const { makeExecutableSchema } = await import('@graphql-tools/schema');
  const apollo = createSubgraphApollo<object>(makeExecutableSchema({ typeDefs: 'type Query { ok: String }' }), log);
  await apollo.start();
  // Under the 5,000-token limit, but deeper than graphql-js's recursive parser can go.
  const depth = 2_400;
  const response = await apollo.executeOperation({ query: `{${'a{'.repeat(depth)}b${'}'.repeat(depth)}}` }, { contextValue: {} });
  await apollo.stop();
  expect(response.body.kind === 'single' && response.body.singleResult.errors).toEqual([
    { message: 'The document is nested too deeply', extensions: { code: 'BAD_USER_INPUT' } },
  ]);
});

test('a subgraph answer says it must not be stored (personal data), with or without errors', async () => {
  const { makeExecutableSchema } = await import('@graphql-tools/schema');
  const schema = makeExecutableSchema({ typeDefs: 'type Query { ok: String fails: String }', resolvers: { Query: { ok: () => 'yes', fails: () => { throw new Error('no'); } } } });
  const apollo = createSubgraphApollo<object>(schema, log);
  await apollo.start();
  for (const query of ['{ ok }', '{ fails }']) {
    const response = await apollo.executeOperation({ query }, { contextValue: {} });
    expect(response.http.headers.get('cache-control')).toBe('no-store');
  }
  await apollo.stop();
});

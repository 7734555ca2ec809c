import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { createSubgraphApollo } from './apollo';

// Counts compilations; graphql-jit itself runs unchanged.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const { compileQuery } = jest.requireMock<{ compileQuery: jest.Mock }>('graphql-jit');

const received: unknown[] = [];
const schema = makeExecutableSchema({
  typeDefs: `
    type Query { echo(text: String!): String household(id: ID!): Household households: [Household!] count(n: Int!): Int }
    type Household { id: ID! address: String! residents: [Resident!]! members(first: Int!): [Resident!]! }
    type Resident { name: String! nationalId: String }
    type Mutation { registerHousehold(address: String!): Household! moveResident(name: String!): Resident! }
  `,
  resolvers: {
    Query: {
      echo: (_: unknown, { text }: { text: unknown }) => {
        received.push(text);
        return String(text);
      },
      household: (_: unknown, { id }: { id: string }) => ({ id, address: '文兴社区 3-2-501' }),
      households: () => ['h1', 'h2', 'h3'].map(id => ({ id, address: '文兴社区 3-2-501' })),
      count: (_: unknown, { n }: { n: number }) => n,
    },
    Household: {
      residents: () => [{ name: '居民甲' }, { name: null }],
      address: ({ address }: { address: string }) => address,
      members: (_: unknown, { first }: { first: number }) => {
        if (first > 10) throw new GraphQLError('first must not be greater than 10', { extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
        return [];
      },
    },
    Mutation: {
      registerHousehold: (_: unknown, { address }: { address: string }) => {
        received.push(`registerHousehold ${address}`);
        throw new GraphQLError('address must not be blank', { extensions: { code: 'BAD_USER_INPUT', field: 'address' } });
      },
      moveResident: (_: unknown, { name }: { name: string }) => {
        received.push(`moveResident ${name}`);
        return { name };
      },
    },
    Resident: {
      nationalId: () => {
        throw new GraphQLError('reveal needs a reason', { extensions: { code: 'FORBIDDEN' } });
      },
    },
  },
});

const apollo = createSubgraphApollo<object>(schema, pino({ level: 'silent' }));
beforeAll(() => apollo.start());
afterAll(() => apollo.stop());
beforeEach(() => {
  compileQuery.mockClear();
  received.length = 0;
});

async function run(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue: {} });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, ...response.body.singleResult };
}

test('an operation is compiled once and answered from its compiled form after', async () => {
  const query = 'query Household($id: ID!) { household(id: $id) { id address } }';
  expect(await run(query, { id: 'h1' })).toMatchObject({ data: { household: { id: 'h1', address: '文兴社区 3-2-501' } } });
  expect(await run(query, { id: 'h2' })).toMatchObject({ data: { household: { id: 'h2' } } });
  expect(compileQuery).toHaveBeenCalledTimes(1);
});

test('each operation of a document is compiled on its own', async () => {
  const document = 'query A { count(n: 1) } query B { count(n: 2) }';
  expect((await run(document, undefined, 'A')).data).toEqual({ count: 1 });
  expect((await run(document, undefined, 'B')).data).toEqual({ count: 2 });
  expect((await run(document, undefined, 'A')).data).toEqual({ count: 1 });
  expect(compileQuery).toHaveBeenCalledTimes(2);
});

test("a field's error keeps its code and path, and null travels up to the nearest nullable field", async () => {
  const result = await run('{ household(id: "h1") { id residents { name nationalId } } }');
  // The second resident's non-null name is null: the list of non-null residents becomes null, and so does the household.
  expect(result.data).toEqual({ household: null });
  expect(result.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ message: 'reveal needs a reason', path: ['household', 'residents', 0, 'nationalId'], extensions: { code: 'FORBIDDEN' } }),
      expect.objectContaining({ path: ['household', 'residents', 1, 'name'] }),
    ]),
  );
});

test('one refused argument in a list is reported once, at its first item, not once per item', async () => {
  const result = await run('{ households { id members(first: 50) { name } } }');
  expect(result.data).toEqual({ households: null });
  expect(result.errors).toEqual([expect.objectContaining({ message: 'first must not be greater than 10', path: ['households', 0, 'members'] })]);
});

test('after a refused command, the next command of the document does not run, as in graphql-js', async () => {
  const result = await run('mutation { registerHousehold(address: " ") { id } moveResident(name: "居民甲") { name } }');
  expect(result.data).toBeNull();
  expect(received).toEqual(['registerHousehold  ']);
});

test('variables that do not coerce are refused as graphql-js words it: HTTP 400, BAD_USER_INPUT, nothing run', async () => {
  const result = await run('query ($n: Int!) { count(n: $n) }', { n: 'seven' });
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors).toEqual([
    expect.objectContaining({ message: 'Variable "$n" got invalid value "seven"; Int cannot represent non-integer value: "seven"', extensions: { code: 'BAD_USER_INPUT' } }),
  ]);
});

test("a string literal holding graphql-jit's Date marker is an argument like any other, never code", async () => {
  const payload = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d(globalThis.compiledExecutionPwned = true)';
  const result = await run(`{ echo(text: ${JSON.stringify(payload)}) }`);
  expect((globalThis as { compiledExecutionPwned?: boolean }).compiledExecutionPwned).toBeUndefined();
  expect(received).toEqual([payload]);
  expect(result.data).toEqual({ echo: payload });
});

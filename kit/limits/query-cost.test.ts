import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './query-cost';

const schema = buildSchema(`
  type Query { community(id: ID!): Community, districts: [District!]!, _entities(representations: [String!]!): [Entity]! }
  type District { name: String!, communities(first: Int): CommunityConnection! }
  type Community { name: String!, compounds(first: Int): CompoundConnection! }
  type CommunityConnection { edges: [CommunityEdge!]!, totalCount: Int! }
  type CommunityEdge { node: Community! }
  type CompoundConnection { edges: [CompoundEdge!]! }
  type CompoundEdge { node: Compound! }
  type Compound { name: String! }
  union Entity = Community | Compound
`);

function cost(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(
    parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost({ schema, operation, fragments, variables });
}

// Counted by hand: each object a field can yield counts once; a connection yields itself, its edges and their nodes.
test('a single object costs one; scalars cost nothing', () => {
  expect(cost('{ community(id: "c") { name } }')).toBe(1);
});

test('a connection counts at its first (20 without one), three objects an item: connection, edge, node', () => {
  expect(cost('{ community(id: "c") { compounds(first: 7) { edges { node { name } } } } }')).toBe(1 + 3 * 7);
  expect(cost('{ community(id: "c") { compounds { edges { node { name } } } } }')).toBe(1 + 3 * 20);
});

test('nested lists multiply, and first may come from a variable', () => {
  // districts (plain list: 10) → communities(first: $n = 100) → compounds(first: 100)
  const document = 'query ($n: Int) { districts { communities(first: $n) { edges { node { compounds(first: 100) { edges { node { name } } } } } } } }';
  expect(cost(document, { n: 100 })).toBe(10 + 10 * 100 * 3 + 10 * 100 * 100 * 3);
});

test('fragments count like the fields they hold; alternatives on a union count the dearest', () => {
  const document = `query ($r: [String!]!) { _entities(representations: $r) {
    ... on Community { ...Parts }
    ... on Compound { name }
  } }
  fragment Parts on Community { compounds(first: 5) { edges { node { name } } } }`;
  expect(cost(document, { r: ['a', 'b', 'c', 'd'] })).toBe(4 + 4 * 3 * 5);
});

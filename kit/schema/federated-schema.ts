import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { validateInput } from '../validation/validate-input';

/** The Federation 2 link every subgraph's SDL starts with. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/** The resolver map `buildSubgraphSchema` takes, from its public signature (not a deep import of its `dist/`). */
type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

/** `__resolveReference` per entity type name. */
export type ReferenceResolvers = Record<string, { __resolveReference(reference: unknown, context: unknown): unknown }>;

export interface FederatedSchemaOptions {
  readonly resolvers: BuildSchemaOptions['resolvers'];
  /** Types reachable only through `_entities` (e.g. a foreign entity we only add fields to). */
  readonly orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  readonly referenceResolvers?: ReferenceResolvers;
}

export interface FederatedSchema {
  readonly schema: GraphQLSchema;
  /** The subgraph SDL with federation directives, as composition reads it. */
  readonly sdl: string;
}

/**
 * type-graphql classes → a Federation 2 subgraph schema. type-graphql's own printer drops the
 * federation directives, so the schema is printed with them (`@graphql-tools/utils`), linked to
 * Federation 2, and rebuilt by `@apollo/subgraph` with type-graphql's resolvers and the reference
 * resolvers merged in.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker,
    validateFn: validateInput,
    // Checked by composition and buildSubgraphSchema instead: the federation directives are not defined here.
    skipCheck: true,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as SubgraphResolvers;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as SubgraphResolvers[string];
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  return { schema, sdl };
}

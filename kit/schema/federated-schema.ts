import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { auditEveryMutation } from '../audit/audit-mutations';
import { authChecker } from '../auth/auth-checker';
import { refuseIfAbandoned, unlessAbandoned } from '../limits/request-budget';
import { validateInput } from '../validation/validate-input';
import { directFieldResolvers } from './direct-field-resolvers';
import { resolverFields } from './resolver-fields';
import { isGuardedReference, type ReferenceResolvers } from './entity-references';

export type { ReferenceResolvers } from './entity-references';

/** The Federation 2 link every subgraph's SDL starts with. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/** The resolver map `buildSubgraphSchema` takes, from its public signature (not a deep import of its `dist/`). */
type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

export interface FederatedSchemaOptions {
  readonly resolvers: BuildSchemaOptions['resolvers'];
  /** Types reachable only through `_entities` (e.g. a foreign entity we only add fields to). */
  readonly orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** One kit-made reference (`ownedReference`, `contributedReference`) for every resolvable `@key` type. */
  readonly referenceResolvers: ReferenceResolvers;
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
  // Every mutation runs in one transaction with its audit entry (kit/audit).
  auditEveryMutation();
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker,
    validateFn: validateInput,
    // Checked by composition and buildSubgraphSchema instead: the federation directives are not defined here.
    skipCheck: true,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const typeDefs = parse(sdl);
  requireGuardedReferences(typeDefs, options.referenceResolvers);
  const resolvers = createResolversMap(typeGraphqlSchema) as SubgraphResolvers;
  fieldByWhatItDoes(resolvers as Record<string, Record<string, unknown>>);
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    const __resolveReference: typeof reference.__resolveReference = (representation, context) => {
      refuseIfAbandoned(context);
      return reference.__resolveReference(representation, context);
    };
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference } as SubgraphResolvers[string];
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  return { schema, sdl };
}

/**
 * Resolvers that may load stop once the request is abandoned (`unlessAbandoned`); plain properties
 * lose type-graphql's resolver, so the executor reads them directly: a list of 500 residents has
 * thousands of them, and every wrapper is paid for each. Field resolvers that can run without
 * type-graphql's async wrapping do (`directFieldResolvers`).
 */
function fieldByWhatItDoes(resolvers: Record<string, Record<string, unknown>>): void {
  const { working, plain } = resolverFields();
  const direct = directFieldResolvers();
  for (const [typeName, fields] of Object.entries(resolvers)) {
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const key = `${typeName}.${fieldName}`;
      if (plain.has(key)) delete fields[fieldName];
      else if (working.has(key) && typeof resolve === 'function') fields[fieldName] = unlessAbandoned((direct.get(key) ?? resolve) as Parameters<typeof unlessAbandoned>[0]);
    }
  }
}

/** Object types the gateway may ask this subgraph to resolve: a `@key` not marked `resolvable: false`. */
function resolvableEntityTypes(typeDefs: DocumentNode): string[] {
  return typeDefs.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return [];
    const resolvable = (definition.directives ?? []).some(
      (directive) =>
        directive.name.value === 'key' &&
        !(directive.arguments ?? []).some((arg) => arg.name.value === 'resolvable' && arg.value.kind === Kind.BOOLEAN && !arg.value.value),
    );
    return resolvable ? [definition.name.value] : [];
  });
}

/**
 * Without its own `__resolveReference`, `_entities` would answer any representation with itself and
 * run the type's fields on it unchecked: every resolvable entity must have a kit-made, access-checked one.
 */
function requireGuardedReferences(typeDefs: DocumentNode, references: ReferenceResolvers): void {
  for (const typeName of resolvableEntityTypes(typeDefs)) {
    if (!isGuardedReference(references[typeName])) {
      throw new Error(`${typeName} has a @key but no reference from kit's ownedReference/contributedReference`);
    }
  }
}

import { getMetadataStorage } from 'type-graphql';

/** Fields of the type-graphql schema by what their resolver does, each as `Type.field`. */
export interface ResolverFields {
  /** Queries, mutations and field resolvers: they may load, so they check the request is still wanted. */
  readonly working: ReadonlySet<string>;
  /**
   * `@Field`s that only read their parent's property of the same name, without roles or
   * middleware: type-graphql's resolver for them adds nothing to graphql-js's default one.
   */
  readonly plain: ReadonlySet<string>;
}

/** A class and the classes it extends, nearest first. */
export function lineage(target: object): object[] {
  const chain: object[] = [];
  for (let current: unknown = target; typeof current === 'function' && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    chain.push(current as object);
  }
  return chain;
}

/** Reads type-graphql's metadata after `buildSchema`, which fills in each field resolver's object type. */
export function resolverFields(): ResolverFields {
  const storage = getMetadataStorage();
  const working = new Set<string>([
    ...storage.queries.map(({ schemaName }) => `Query.${schemaName}`),
    ...storage.mutations.map(({ schemaName }) => `Mutation.${schemaName}`),
  ]);
  const interfaces = new Set<object>(storage.interfaceTypes.map(({ target }) => target));
  // A field resolver declared on an interface reaches its implementations: none of its fields is plain anywhere.
  const interfaceFields = new Set(
    storage.fieldResolvers.filter(resolver => interfaces.has(resolver.getObjectType?.() as object)).map(({ schemaName }) => schemaName),
  );
  const plain = new Set<string>();
  for (const { name, target } of storage.objectTypes) {
    const chain = lineage(target);
    const resolved = new Set(
      storage.fieldResolvers.filter(resolver => chain.includes(resolver.getObjectType?.() as object)).map(({ schemaName }) => schemaName),
    );
    for (const field of resolved) working.add(`${name}.${field}`);
    for (const field of storage.fields) {
      if (!chain.includes(field.target) || resolved.has(field.schemaName) || interfaceFields.has(field.schemaName)) continue;
      if (field.name === field.schemaName && !field.roles?.length && !field.middlewares?.length) plain.add(`${name}.${field.schemaName}`);
    }
  }
  return { working, plain };
}

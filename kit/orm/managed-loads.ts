import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/knex';

/** Request entity managers whose operation is a mutation. */
const commanding = new WeakSet<EntityManager>();

/**
 * Whether a request's loaders (`entityById`, `entitiesBy` in kit/loaders.ts) return managed
 * entities. The rule: **a mutation loads managed entities, everything else reads plain rows.**
 * A command changes what it loads and flushes it, which needs MikroORM's identity map and change
 * tracking; a query (fields, `_entities`) only answers, and a plain row costs a fraction of a
 * managed entity (kit/orm/plain-rows.ts). Decided once per request, before its first resolver runs,
 * so one request never holds both kinds of the same row.
 */
export function loadsManaged(em: EntityManager): boolean {
  return commanding.has(em);
}

/** Marks the request's entity manager before execution when the operation is a mutation. */
export function mutationsLoadManaged<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { em } = contextValue as { em?: EntityManager };
          if (operation?.operation === 'mutation' && em) commanding.add(em);
        },
      };
    },
  };
}

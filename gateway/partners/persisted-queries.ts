import type { ApolloServerOptions, BaseContext } from '@apollo/server';
// Apollo Server's own cache implementation (its dependency), so the APQ store is bounded on its own
// instead of sharing the server's default cache with everything else.
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

/** Bytes of query text the gateway keeps for automatic persisted queries; the least recently used go first. */
export const APQ_CACHE_BYTES = 8 * 1024 * 1024;
/** How long an unused registered query is kept (seconds). */
export const APQ_TTL_SECONDS = 24 * 3600;

/**
 * Automatic persisted queries (APQ) for every caller but partner agencies, who send registered
 * operations only (trusted-documents.ts): a client sends `extensions.persistedQuery.sha256Hash`
 * alone; an unknown hash is answered PERSISTED_QUERY_NOT_FOUND, and the client sends the hash with
 * the text once, which registers it. GET with the hash works for queries (HTTP caches can keep them);
 * a mutation over GET is refused (405).
 */
export function automaticPersistedQueries(maxBytes: number = APQ_CACHE_BYTES): NonNullable<ApolloServerOptions<BaseContext>['persistedQueries']> {
  return { cache: new InMemoryLRUCache<string>({ maxSize: maxBytes }), ttl: APQ_TTL_SECONDS };
}

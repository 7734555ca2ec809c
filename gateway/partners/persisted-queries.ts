import type { ApolloServerPlugin } from '@apollo/server';
// Apollo Server's own cache implementation (its dependency), so the APQ store is bounded on its own
// instead of sharing the server's default cache with everything else.
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { BadUserInputError } from '../../kit/errors';
import type { GatewayContext } from '../data-source';
import { sha256Hex } from './operation-manifest';
import { refuseBeforeParsing } from './trusted-documents';

const HASH_FIELD = 'extensions.persistedQuery.sha256Hash';

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
export function automaticPersistedQueries(maxBytes: number = APQ_CACHE_BYTES): { cache: KeyValueCache<string>; ttl: number } {
  return { cache: new InMemoryLRUCache<string>({ maxSize: maxBytes }), ttl: APQ_TTL_SECONDS };
}

/**
 * A hash sent with a text it is not the SHA-256 of is the caller's mistake: BAD_USER_INPUT naming the
 * hash (Apollo Server answers it with no code, which the error policy would show as INTERNAL).
 */
export function persistedQueryHashPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      if (typeof request.query !== 'string' || typeof hash !== 'string' || sha256Hex(request.query) === hash) return;
      return refuseBeforeParsing(request, new BadUserInputError(HASH_FIELD, 'sha256OfQuery', `${HASH_FIELD} is not the SHA-256 of the query sent with it`));
    },
  };
}

import type { EntityManager } from '@mikro-orm/knex';
import pino, { type Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import { requestInfo, type BaseContext } from '../context';
import { generateTerritory } from '../demo/territory';
import type { DemoTerritory } from '../demo/types';
import { createSubgraphServer, type SubgraphDefinition, type SubgraphServer } from '../subgraph';
import { execute, type OperationResult } from './execute';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface SubgraphFixture<TContext extends BaseContext> extends TestDatabase {
  readonly territory: DemoTerritory;
  readonly server: SubgraphServer<TContext>;
  /** A fresh fork, for arranging and checking rows directly. */
  em(): EntityManager;
  /**
   * Runs an operation in-process through the real server as `viewer`, with a fresh request context;
   * `request` sets its log (e.g. `captureLog()`'s, to read its lines back), request id (to find its audit entries)
   * and the signal that abandons it.
   */
  run<TData = any>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
    request?: { log?: Logger; requestId?: string; signal?: AbortSignal },
  ): Promise<OperationResult<TData>>;
}

/**
 * One subgraph on its own test database seeded with the `tiny` territory, and its server — what
 * a subgraph's test file starts from. The database is removed again if seeding fails.
 */
export async function createSubgraphFixture<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  seed: (em: EntityManager, territory: DemoTerritory) => Promise<void>,
): Promise<SubgraphFixture<TContext>> {
  const database = await createTestDatabase(definition.name, definition.entities);
  const territory = generateTerritory('tiny');
  const log = pino({ level: 'silent' });
  try {
    await database.orm.em.fork().transactional(em => seed(em as EntityManager, territory));
    const server = await createSubgraphServer(definition, database.orm, log);
    const fork = () => database.orm.em.fork() as EntityManager;
    return {
      ...database,
      territory,
      server,
      em: fork,
      run: (viewer, query, variables, request = {}) =>
        execute(
          server.apollo,
          definition.createContext(fork(), requestInfo(viewer, request.requestId ?? 'test', request.log ?? log, request.signal)),
          query,
          variables,
        ),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

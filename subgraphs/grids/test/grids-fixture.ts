import type { EntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import type { Viewer } from '../../../kit/auth/viewer';
import { generateTerritory } from '../../../kit/demo/territory';
import { execute } from '../../../kit/testing/execute';
import { createTestDatabase, type TestDatabase } from '../../../kit/testing/test-database';
import { createContext, type GridsContext } from '../context';
import { gridsEntities } from '../entities';
import { seedGrids } from '../seed';
import { createGridsServer } from '../server';

/** A seeded `tiny` grids database and its server, for one test file. */
export async function createGridsFixture() {
  const database: TestDatabase = await createTestDatabase('grids', gridsEntities);
  const territory = generateTerritory('tiny');
  await database.orm.em.fork().transactional((em) => seedGrids(em as EntityManager, territory));
  const server = await createGridsServer(database.orm, pino({ level: 'silent' }));
  const log = pino({ level: 'silent' });
  return {
    ...database,
    territory,
    server,
    em: () => database.orm.em.fork() as EntityManager,
    /** Runs an operation as `viewer` with a fresh request context. */
    run: <TData = any>(viewer: Viewer | null, query: string, variables?: Record<string, unknown>) => {
      const context: GridsContext = createContext(database.orm.em.fork() as EntityManager, { viewer, requestId: 'test', log });
      return execute<GridsContext, TData>(server.apollo, context, query, variables);
    },
  };
}

export type GridsFixture = Awaited<ReturnType<typeof createGridsFixture>>;

import type { EntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import type { Viewer } from '../../../kit/auth/viewer';
import { generateTerritory } from '../../../kit/demo/territory';
import { execute } from '../../../kit/testing/execute';
import { createTestDatabase, type TestDatabase } from '../../../kit/testing/test-database';
import { createContext, type PartyContext } from '../context';
import { partyEntities } from '../entities';
import { seedParty } from '../seed';
import { createPartyServer } from '../server';

/** A party database seeded with the `tiny` territory, and its server, for one test file. */
export async function createPartyFixture() {
  const database: TestDatabase = await createTestDatabase('party', partyEntities);
  const territory = generateTerritory('tiny');
  await database.orm.em.fork().transactional((em) => seedParty(em as EntityManager, territory));
  const log = pino({ level: 'silent' });
  const server = await createPartyServer(database.orm, log);
  return {
    ...database,
    territory,
    server,
    em: () => database.orm.em.fork() as EntityManager,
    /** Runs an operation as `viewer` with a fresh request context. */
    run: <TData = any>(viewer: Viewer | null, query: string, variables?: Record<string, unknown>) => {
      const context: PartyContext = createContext(database.orm.em.fork() as EntityManager, { viewer, requestId: 'test', log });
      return execute<PartyContext, TData>(server.apollo, context, query, variables);
    },
  };
}

export type PartyFixture = Awaited<ReturnType<typeof createPartyFixture>>;

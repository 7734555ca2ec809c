import { randomBytes } from 'node:crypto';
import Database from 'libsql';
import pino from 'pino';
import { createSubgraphServer } from '../kit/subgraph';
import { createTestDatabase } from '../kit/testing/test-database';
import { gridsSubgraph } from '../subgraphs/grids/server';

/**
 * Issue #13, "the embedded driver is synchronous": libSQL's driver ran every statement on the
 * event loop, so while one statement ran the subgraph answered nothing, `/healthz` included.
 *
 * The statement here lasts exactly as long as the test wants, with no clock involved: a second
 * connection holds the file's write lock, so the subgraph's write waits inside libSQL (its busy
 * handler) until the test commits. On the event loop that wait blocked the whole process, the
 * test's commit included, and the write failed with "database is locked" once its busy timeout ran
 * out; off the loop `/healthz` answers meanwhile and the write goes through once released.
 */
const embedded = process.env.TEST_DATABASE_URL ? describe.skip : describe;

embedded('the embedded driver is synchronous (#13): a statement running in grids\' database', () => {
  it('does not hold /healthz: it answers before the statement finishes, and the statement then completes', async () => {
    const database = await createTestDatabase('grids', gridsSubgraph.entities);
    const server = await createSubgraphServer(gridsSubgraph, database.orm, pino({ level: 'silent' }));
    const service = await server.listen(0, { secret: randomBytes(32), issuer: 'off-loop', audience: 'off-loop' });
    const holder = new Database(database.orm.config.get('dbName')!);
    try {
      const connection = database.orm.em.getConnection();
      // Long enough that the write waits for the test rather than giving up (the one connection
      // of the pool keeps it); on the event loop this is how long the process stays frozen.
      await connection.execute('pragma busy_timeout = 30000');
      holder.exec('begin immediate');
      const order: string[] = [];
      const statement = connection.execute('delete from audit_entry').then(
        () => order.push('statement finished'),
        (error: Error) => order.push(`statement failed: ${error.message}`),
      );
      const health = await fetch(new URL('/healthz', service.url));
      order.push(`healthz ${health.status}`);
      holder.exec('commit');
      await statement;
      expect(order).toEqual(['healthz 200', 'statement finished']);
    } finally {
      if (holder.inTransaction) holder.exec('rollback');
      holder.close();
      await service.close();
      await database.close();
    }
  });
});

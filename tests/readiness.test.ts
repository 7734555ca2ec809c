import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import pino from 'pino';
import { createSubgraphServer } from '../kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../kit/testing/test-database';
import { subgraphs } from '../schema/subgraphs';

/** The file of an embedded test database, or null on PostgreSQL. */
function fileOf(database: TestDatabase): string | null {
  return process.env.TEST_DATABASE_URL ? null : database.orm.config.get('dbName')!;
}

/** A subgraph is live while its process runs (/healthz) but ready only while its database answers (/readyz). */
describe.each(subgraphs.map(entry => [entry.name, entry] as const))('the %s subgraph', (name, { definition }) => {
  async function serve(run: (probe: (path: string) => Promise<{ status: number; body: unknown }>, database: TestDatabase) => Promise<void>) {
    const database = await createTestDatabase(name, definition.entities);
    const server = await createSubgraphServer(definition, database.orm, pino({ level: 'silent' }));
    const service = await server.listen(0, { secret: randomBytes(32), issuer: 'readiness', audience: 'readiness' });
    const probe = async (path: string) => {
      const response = await fetch(new URL(path, service.url));
      return { status: response.status, body: await response.json() };
    };
    try {
      expect(await probe('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
      await run(probe, database);
      expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await service.close();
      await database.close();
    }
  }

  it('stays live but reports not ready once its database is gone, and says nothing more', () =>
    serve(async (probe, database) => {
      await database.orm.close(true);
      expect(await probe('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
    }));

  // The embedded file: the process keeps reading a deleted file through its open descriptor, and
  // `select 1` never reads the file at all, so a probe that did not look at the file said "ready".
  const embedded = process.env.TEST_DATABASE_URL ? it.skip : it;

  embedded('reports not ready once its database file is deleted while it runs', () =>
    serve(async (probe, database) => {
      rmSync(fileOf(database)!);
      expect(await probe('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
    }),
  );

  embedded('reports not ready once its database file is overwritten with garbage while it runs', () =>
    serve(async (probe, database) => {
      const file = fileOf(database)!;
      writeFileSync(file, randomBytes(statSync(file).size));
      expect(await probe('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
    }),
  );
});

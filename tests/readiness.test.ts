import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createSubgraphServer } from '../kit/subgraph';
import { createTestDatabase } from '../kit/testing/test-database';
import { subgraphs } from '../schema/subgraphs';

/** A subgraph is live while its process runs (/healthz) but ready only while its database answers (/readyz). */
describe.each(subgraphs.map((entry) => [entry.name, entry] as const))('the %s subgraph', (name, { definition }) => {
  it('stays live but reports not ready once its database is gone, and says nothing more', async () => {
    const database = await createTestDatabase(name, definition.entities);
    const server = await createSubgraphServer(definition, database.orm, pino({ level: 'silent' }));
    const service = await server.listen(0, { secret: randomBytes(32), issuer: 'readiness', audience: 'readiness' });
    const probe = async (path: string) => {
      const response = await fetch(new URL(path, service.url));
      return { status: response.status, body: await response.json() };
    };
    try {
      expect(await probe('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
      await database.close();
      expect(await probe('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
      expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await service.close();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { generateTerritory } from '../kit/demo/territory';
import { openDatabase } from '../kit/orm/orm-options';
import { subgraphs } from '../schema/subgraphs';

/**
 * `npm start` opens each embedded database twice: the seed script creates and fills it, then the
 * service opens the same file again, and must start on the seeded data. MikroORM 6.6.16
 * misreads SQLite enum checks with three or more values (mikro-orm/mikro-orm#8139), proposes to
 * rebuild those tables on every open, and the rebuild fails on a seeded file (FOREIGN KEY constraint
 * failed), so the service exits. The tests' own databases are created once and never reopened.
 */
describe.each(subgraphs.map((entry) => [entry.name, entry] as const))('embedded %s database', (name, { definition, seed }) => {
  const file = join(tmpdir(), `restart_${name}_${randomUUID().slice(0, 8)}.db`);
  const settings = { entities: definition.entities, migrations: definition.migrations, location: { kind: 'embedded' as const, file } };

  afterAll(() => rmSync(file, { force: true }));

  it('opens again after it was seeded, keeping the data', async () => {
    const first = await openDatabase(settings);
    try {
      await (first.em.fork() as EntityManager).transactional((em) => seed(em, generateTerritory('tiny')));
    } finally {
      await first.close(true);
    }
    const second = await openDatabase(settings);
    try {
      const em = second.em.fork();
      const rows = await Promise.all(definition.entities.map((entity) => em.count(entity as never)));
      expect(rows.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    } finally {
      await second.close(true);
    }
  });
});

import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
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

  /** Rows per table, named by entity: what a reopened file must still hold, table by table. */
  async function rowCounts(orm: MikroORM): Promise<Record<string, number>> {
    const em = orm.em.fork();
    const counts: Record<string, number> = {};
    for (const entity of definition.entities) counts[entity.name] = await em.count(entity as never);
    return counts;
  }

  it('opens again after it was seeded, every table keeping every row', async () => {
    const first = await openDatabase(settings);
    let seeded: Record<string, number>;
    try {
      await (first.em.fork() as EntityManager).transactional((em) => seed(em, generateTerritory('tiny')));
      seeded = await rowCounts(first);
    } finally {
      await first.close(true);
    }
    // The seed fills most tables; a reopen that rebuilt or emptied one would change its count.
    expect(Object.values(seeded).filter((count) => count > 0).length).toBeGreaterThan(definition.entities.length / 2);
    const second = await openDatabase(settings);
    try {
      expect(await rowCounts(second)).toEqual(seeded);
    } finally {
      await second.close(true);
    }
  });
});

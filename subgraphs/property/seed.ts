import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { BulkInserter, runSeed } from '../../kit/demo/seed-runner';
import type { DemoTerritory } from '../../kit/demo/types';
import { seedTerritoryCopy } from '../../kit/territory/seed-territory-copy';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { propertyEntities } from './entities';
import { propertyMigrations } from './migrations';

/** Writes property's share of the demo territory: the territory copy. */
export async function seedProperty(em: EntityManager, territory: DemoTerritory): Promise<void> {
  const rows = new BulkInserter(em);
  await seedTerritoryCopy(rows, territory);
  await rows.flush();
}

if (require.main === module) {
  runSeed({ name: 'property', entities: propertyEntities, migrations: propertyMigrations }, async (em) => (await em.count(TerritoryPlace)) === 0, seedProperty).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

import type { EntityMetadata } from '@mikro-orm/core';
import { rowReader } from '../../../kit/orm/plain-rows';
import { Building } from '../building/building.entity';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/**
 * Pages are read as plain rows (kit/orm/plain-rows.ts): every entity of grids, read so, has exactly
 * the property values MikroORM's own hydration gives the same row, and is still an instance of its class.
 */
let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

test('each seeded entity of grids reads as MikroORM reads it', async () => {
  const em = fixture.em();
  const metas = Object.values(em.getMetadata().getAll()).filter((meta: EntityMetadata) => !meta.abstract && !meta.embeddable && !meta.virtual);
  let compared = 0;
  for (const meta of metas) {
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from ${meta.tableName} limit 3`);
    for (const row of rows) {
      const plain = rowReader(em, meta)({ ...row }) as Record<string, unknown>;
      const managed = em.fork().map(meta.className, { ...row }) as Record<string, unknown>;
      expect(plain).toBeInstanceOf(meta.class);
      for (const prop of meta.props.filter(candidate => candidate.persist !== false && candidate.fieldNames?.length === 1)) {
        expect([meta.className, prop.name, plain[prop.name]]).toEqual([meta.className, prop.name, managed[prop.name]]);
      }
      compared += 1;
    }
  }
  // The tiny territory seeds buildings, households, residents, grids …: far more than a handful of tables have rows.
  expect(compared).toBeGreaterThan(20);
});

test("a building read as a plain row keeps its getter (location) and MikroORM's booleans and dates", async () => {
  const em = fixture.em();
  const meta = em.getMetadata().get(Building.name);
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(`select * from ${meta.tableName} limit 1`);
  const building = rowReader(em, meta)(row) as Building;
  expect(building.location).toEqual((em.map(Building, row) as Building).location);
});

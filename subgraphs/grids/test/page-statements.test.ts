import type { FilterQuery } from '@mikro-orm/core';
import { SortDirection } from '../../../kit/connection/connection';
import { loadPages, type PageQuery } from '../../../kit/connection/page-loader';
import { Household } from '../household/household.entity';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/**
 * A page statement is built once per list shape (kit/connection/page-loader.ts) and kept: each later
 * batch of the same shape fills in its own parents' ids, and answers for them, not for the parents
 * the statement was first built with.
 */
let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

// Windowed in SQL, and (`fewPerParent`: a building's households) every row of the parents, numbered here.
test.each([false, true])('a page shape is built once, and each batch of it answers for its own parents (few per parent: %s)', async fewPerParent => {
  const em = fixture.em();
  const buildings = fixture.territory.buildings.map(building => building.id);
  expect(buildings.length).toBeGreaterThanOrEqual(4);
  // A filter no other test asks for, so this test meets the shape first.
  const query: PageQuery<Household> = { where: { floor: { $gte: 2 } } as FilterQuery<Household>, orderBy: [['room', SortDirection.DESC]], first: 2, offset: 1 };
  const builds = jest.spyOn(Object.getPrototypeOf(em) as { createQueryBuilder: () => unknown }, 'createQueryBuilder');
  try {
    const first = await loadPages(em, Household, 'buildingId', buildings.slice(0, 2), query, undefined, fewPerParent);
    const second = await loadPages(em, Household, 'buildingId', buildings.slice(2, 4), query, undefined, fewPerParent);
    expect(builds).toHaveBeenCalledTimes(1);

    for (const [parents, pages] of [
      [buildings.slice(0, 2), first],
      [buildings.slice(2, 4), second],
    ] as const) {
      for (const [index, buildingId] of parents.entries()) {
        const all = await em.fork().find(Household, { buildingId, floor: { $gte: 2 } }, { orderBy: { room: 'desc', id: 'asc' } });
        expect(all.length).toBeGreaterThan(3);
        expect({ ids: pages[index].items.map(household => household.id), totalCount: pages[index].totalCount }).toEqual({
          // `first` + 1 rows from `offset`: the extra one tells whether a next page exists.
          ids: all.slice(1, 4).map(household => household.id),
          totalCount: all.length,
        });
      }
    }
  } finally {
    builds.mockRestore();
  }
});

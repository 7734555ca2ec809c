import { Role } from '../../../kit/auth/role';
import { encodeCursor } from '../../../kit/connection/cursor';
import { encodeKeysetCursor } from '../../../kit/connection/keyset';
import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const PLACES = /* GraphQL */ `
  query Places($first: Int, $after: String) {
    territoryPlaces(first: $first, after: $after) {
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id level subdistrictId communityId compoundId buildingId householdId gridId } }
    }
  }
`;

const service = viewerWith([Role.SERVICE], [], 'party-territory-sync');

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

/** Every place of the generated territory, as the seed of a service subgraph writes it. */
function expectedPlaces() {
  const { territory } = fixture;
  const none: Record<'communityId' | 'compoundId' | 'buildingId' | 'householdId' | 'gridId', string | null> = { communityId: null, compoundId: null, buildingId: null, householdId: null, gridId: null };
  const places = [
    ...territory.subdistricts.map((s) => ({ ...none, id: s.id, level: 'SUBDISTRICT', subdistrictId: s.id })),
    ...territory.communities.map((c) => ({ ...none, id: c.id, level: 'COMMUNITY', subdistrictId: c.subdistrictId, communityId: c.id })),
    ...territory.compounds.map((c) => ({ ...none, id: c.id, level: 'COMPOUND', subdistrictId: c.subdistrictId, communityId: c.communityId, compoundId: c.id })),
  ];
  for (const b of territory.buildings) {
    places.push({ ...none, id: b.id, level: 'BUILDING', subdistrictId: b.subdistrictId, communityId: b.communityId, compoundId: b.compoundId, buildingId: b.id, gridId: b.gridId });
    for (const h of territory.households(b)) {
      const above = { subdistrictId: h.subdistrictId, communityId: h.communityId, compoundId: h.compoundId, buildingId: h.buildingId, gridId: h.gridId };
      places.push({ ...none, ...above, id: h.id, level: 'HOUSEHOLD', householdId: h.id });
      for (const r of territory.residents(h)) places.push({ ...none, ...above, id: r.id, level: 'RESIDENT', householdId: h.id });
    }
  }
  return places;
}

test('pages through the whole tree, parents first, each page one statement but where it crosses a level', async () => {
  const expected = expectedPlaces();
  const pageSize = 97;
  const seen: any[] = [];
  let after: string | null = null;
  let pages = 0;
  let statements = 0;
  for (;;) {
    const measured = await fixture.queryLog.measure(() => fixture.run(service, PLACES, { first: pageSize, after }));
    const result: any = measured.result;
    expect(result.errors).toBeUndefined();
    const connection = result.data.territoryPlaces;
    pages += 1;
    statements += measured.statements;
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...connection.edges.map((edge: any) => edge.node));
    if (!connection.pageInfo.hasNextPage) break;
    expect(connection.edges).toHaveLength(pageSize);
    after = connection.pageInfo.endCursor;
  }
  expect(pages).toBe(Math.ceil(expected.length / pageSize));
  // One statement a page, plus one for each of the five level boundaries a page may cross.
  expect(statements).toBeLessThanOrEqual(pages + 5);
  const levels = ['SUBDISTRICT', 'COMMUNITY', 'COMPOUND', 'BUILDING', 'HOUSEHOLD', 'RESIDENT'];
  const order = seen.map((place) => `${levels.indexOf(place.level)}:${place.id}`);
  expect(order).toEqual([...order].sort());
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect([...seen].sort(byId)).toEqual([...expected].sort(byId));
});

test('counts the whole tree only when asked', async () => {
  const result: any = await fixture.run(service, '{ territoryPlaces(first: 1) { totalCount edges { node { level } } } }');
  expect(result.errors).toBeUndefined();
  expect(result.data.territoryPlaces.totalCount).toBe(expectedPlaces().length);
  expect(result.data.territoryPlaces.edges[0].node.level).toBe('SUBDISTRICT');
});

test('is for machine callers only', async () => {
  for (const viewer of [cityAdmin, viewerWith([Role.GRID_WORKER], [fixture.territory.grids[0].id])]) {
    expect(errorCodes(await fixture.run(viewer, PLACES, { first: 1 }))).toEqual(['FORBIDDEN']);
  }
  expect(errorCodes(await fixture.run(null, PLACES, { first: 1 }))).toEqual(['UNAUTHENTICATED']);
});

test.each([
  ['a page over 1000', { first: 1001 }],
  ['an empty page', { first: 0 }],
  ['an offset cursor', { after: encodeCursor(3) }],
  ['a cursor with an id that is no uuid', { after: encodeKeysetCursor(['RESIDENT', "x' or 1=1"]) }],
  ['a cursor of an unknown level', { after: encodeKeysetCursor(['DISTRICT', '00000000-0000-0000-0000-000000000000']) }],
])('refuses %s as BAD_USER_INPUT', async (_what, variables) => {
  expect(errorCodes(await fixture.run(service, PLACES, variables))).toEqual(['BAD_USER_INPUT']);
});

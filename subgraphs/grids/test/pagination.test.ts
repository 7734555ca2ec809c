import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin } from '../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const HOUSEHOLDS = /* GraphQL */ `
  query Households($id: ID!, $first: Int!, $after: String, $where: HouseholdWhere, $orderBy: HouseholdOrderBy) {
    building(id: $id) {
      households(first: $first, after: $after, where: $where, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { unit floor room } }
      }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

const building = () => fixture.territory.buildings.find((candidate) => [...fixture.territory.households(candidate)].length > 10)!;

test('pages through a building’s households in address order with cursors', async () => {
  const all = [...fixture.territory.households(building())];
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page += 1) {
    const result: any = await fixture.run(cityAdmin, HOUSEHOLDS, { id: building().id, first: 4, after });
    const households = result.data.building.households;
    expect(households.totalCount).toBe(all.length);
    expect(households.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...households.edges.map((edge: any) => `${edge.node.unit}-${edge.node.room}`));
    if (!households.pageInfo.hasNextPage) break;
    after = households.pageInfo.endCursor;
  }
  const expected = all
    .map((household) => ({ key: `${household.unit}-${household.room}`, unit: household.unit, floor: Math.floor(Number(household.room) / 100), room: household.room }))
    .sort((a, b) => a.unit - b.unit || a.floor - b.floor || a.room.localeCompare(b.room))
    .map((household) => household.key);
  expect(seen).toEqual(expected);
});

test('filters and orders by typed arguments', async () => {
  const result = await fixture.run(cityAdmin, HOUSEHOLDS, {
    id: building().id, first: 100, where: { unit: 1, floor: 2 }, orderBy: { field: 'ADDRESS', direction: 'DESC' },
  });
  const rooms = result.data.building.households.edges.map((edge: any) => edge.node);
  expect(rooms.length).toBeGreaterThan(0);
  expect(rooms.every((room: any) => room.unit === 1 && room.floor === 2)).toBe(true);
  expect(rooms.map((room: any) => room.room)).toEqual([...rooms.map((room: any) => room.room)].sort().reverse());
});

test.each([
  ['first above 100', { first: 101 }, 'first'],
  ['first below 1', { first: 0 }, 'first'],
  ['a forged cursor', { first: 5, after: 'bm90LWEtY3Vyc29y' }, 'after'],
])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, args, field) => {
  const result = await fixture.run(cityAdmin, HOUSEHOLDS, { id: building().id, ...args });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions!.field).toBe(field);
});

test('asks for exactly one of id and code', async () => {
  const result = await fixture.run(cityAdmin, '{ community { id } }');
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  const byCode = await fixture.run(cityAdmin, 'query($code: String!) { community(code: $code) { name } }', { code: fixture.territory.communities[0].code });
  expect(byCode.data.community.name).toBe(fixture.territory.communities[0].name);
});

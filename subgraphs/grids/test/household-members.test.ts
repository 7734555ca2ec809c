import { cityAdmin } from '../../../kit/testing/viewers';
import { Resident } from '../resident/resident.entity';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const MEMBERS = /* GraphQL */ `
  query Members($id: ID!, $first: Int!, $after: String, $orderBy: ResidentOrderBy) {
    household(id: $id) {
      residents(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id isHead } }
      }
    }
  }
`;

let fixture: GridsFixture;
/** A household whose head was registered last, after three other members (hand-built below). */
let householdId: string;
let headId: string;
/** The other members, by registration date as set below. */
let othersByRegistration: string[];

beforeAll(async () => {
  fixture = await createGridsFixture();
  const em = fixture.em();
  const seeded = await em.findOneOrFail(Resident, { isHead: true }, { orderBy: { id: 'asc' } });
  householdId = seeded.householdId;
  // Three further members with distinct birth dates, registered on 1, 2 and 3 March; then the
  // head's registration moved to 4 March, so registration order alone would list the head last.
  const others = ['1990-05-01', '1960-05-01', '2010-05-01'].map((birthDate, index) =>
    em.create(Resident, {
      id: `00000000-0000-4000-8000-00000000016${index}`,
      name: `成员${index}`,
      gender: seeded.gender,
      birthDate,
      nationalId: `11010119900501016${index}`,
      isHead: false,
      householdId,
      buildingId: seeded.buildingId,
      compoundId: seeded.compoundId,
      communityId: seeded.communityId,
      subdistrictId: seeded.subdistrictId,
      gridId: seeded.gridId,
      registeredAt: new Date(Date.UTC(2026, 2, 1 + index)),
    }),
  );
  // The seeded members are removed so the expected list is the hand-built one, counted by hand.
  await em.nativeDelete(Resident, { householdId, isHead: false });
  seeded.registeredAt = new Date(Date.UTC(2026, 2, 4));
  await em.flush();
  headId = seeded.id;
  othersByRegistration = others.map((other) => other.id);
});
afterAll(() => fixture.close());

const ids = (result: any): string[] => result.data.household.residents.edges.map((edge: any) => edge.node.id);

test('lists the head of household first, then the others in registration order', async () => {
  const result = await fixture.run(cityAdmin, MEMBERS, { id: householdId, first: 10 });
  expect(result.errors).toBeUndefined();
  expect(result.data.household.residents.totalCount).toBe(4);
  expect(ids(result)).toEqual([headId, ...othersByRegistration]);
});

test('keeps the head first whatever order is asked for', async () => {
  const result = await fixture.run(cityAdmin, MEMBERS, { id: householdId, first: 10, orderBy: { field: 'BIRTH_DATE', direction: 'DESC' } });
  // Youngest first among the others: born 2010, 1990, 1960.
  expect(ids(result)).toEqual([headId, othersByRegistration[2], othersByRegistration[0], othersByRegistration[1]]);
});

test('pages past the head without repeating or losing anyone', async () => {
  const first = await fixture.run(cityAdmin, MEMBERS, { id: householdId, first: 1 });
  expect(ids(first)).toEqual([headId]);
  expect(first.data.household.residents.pageInfo.hasNextPage).toBe(true);
  const rest = await fixture.run(cityAdmin, MEMBERS, { id: householdId, first: 10, after: first.data.household.residents.pageInfo.endCursor });
  expect(ids(rest)).toEqual(othersByRegistration);
});

import * as classValidator from 'class-validator';
import { cityAdmin } from '../../../kit/testing/viewers';
import { ResidentsArgs } from '../resident/resident.input';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/**
 * The arguments of a list under a list (`residents` of every household of a building) are the same
 * for every parent: they are validated once per request, and a broken one is reported as
 * type-graphql reported it.
 */
const RESIDENTS_OF_HOUSEHOLDS = /* GraphQL */ `
  query ($id: ID!, $first: Int!, $where: ResidentWhere) {
    building(id: $id) {
      households(first: 100) { edges { node { room residents(first: $first, where: $where) { totalCount edges { node { id } } } } } }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());
afterEach(() => jest.restoreAllMocks());

const building = () => fixture.territory.buildings.find((candidate) => [...fixture.territory.households(candidate)].length > 3)!;
const householdCount = () => [...fixture.territory.households(building())].length;

test('validates residents(first, where) once for all the building’s households, and answers each', async () => {
  const validated = jest.spyOn(classValidator, 'validateSync');
  const result: any = await fixture.run(cityAdmin, RESIDENTS_OF_HOUSEHOLDS, { id: building().id, first: 10, where: { minAge: 0 } });
  expect(result.errors).toBeUndefined();
  const households = result.data.building.households.edges;
  expect(households).toHaveLength(householdCount());
  const residents = [...fixture.territory.households(building())].reduce((sum, household) => sum + [...fixture.territory.residents(household)].length, 0);
  expect(households.reduce((sum: number, { node }: any) => sum + node.residents.totalCount, 0)).toBe(residents);
  expect(validated.mock.calls.filter((call: unknown[]) => call[0] instanceof ResidentsArgs)).toHaveLength(1);
});

test.each([
  ['first above 100', { first: 101 }, 'first', 'first must not be greater than 100'],
  ['minAge above 150, inside the where input', { first: 10, where: { minAge: 151 } }, 'where.minAge', 'where.minAge must not be greater than 150'],
])('refuses %s with BAD_USER_INPUT naming the argument, at the first household', async (_case, args, field, message) => {
  const result: any = await fixture.run(cityAdmin, RESIDENTS_OF_HOUSEHOLDS, { id: building().id, ...args });
  // residents is non-null down to the building: the first household's error nulls the building,
  // and the others are not reached.
  expect(result.data.building).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatchObject({
    message,
    path: ['building', 'households', 'edges', 0, 'node', 'residents'],
    extensions: { code: 'BAD_USER_INPUT', field, rule: 'max' },
  });
});

import { raceOverHttp, tallyOutcomes } from '../../../kit/testing/race';
import { cityAdmin } from '../../../kit/testing/viewers';
import { makeNationalId } from '../../../kit/personal/national-id';
import { Department } from '../department/department.entity';
import { Household } from '../household/household.entity';
import { Resident } from '../resident/resident.entity';
import { gridsSubgraph } from '../server';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/**
 * Twenty identical commands at once, over HTTP: exactly one wins, every other ends as a clear
 * error naming the field (the pre-check's BAD_USER_INPUT if it saw the winner's row, else the
 * constraint's CONFLICT), never INTERNAL, and exactly one row is written.
 */
const RACERS = 20;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

/** Outcomes other than the winner's, with the field each names. */
function losers(tally: Record<string, number>) {
  return Object.entries(tally).filter(([key]) => key !== 'ok');
}

test('registerHousehold: twenty registrations of one address give one household', async () => {
  const building = fixture.territory.buildings.find((candidate) => candidate.units >= 2)!;
  const input = (index: number) => ({
    buildingId: building.id,
    unit: 2,
    room: `${building.floors}77`,
    residents: [{ name: '并发户主', nationalId: makeNationalId('140213', '1970-01-01', 301 + index * 2, false), isHead: true }],
  });
  const results = await raceOverHttp(gridsSubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, (_value, index) => ({
    query: 'mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }',
    variables: { input: input(index) },
  })));
  const tally = tallyOutcomes(results);
  expect(tally.ok).toBe(1);
  expect(losers(tally).map(([key]) => key).filter((key) => !['CONFLICT input.room', 'BAD_USER_INPUT input.room'].includes(key))).toEqual([]);
  expect(await fixture.em().count(Household, { buildingId: building.id, unit: 2, room: `${building.floors}77` })).toBe(1);
});

test('registerDepartment: twenty registrations of one code give one department', async () => {
  const input = {
    code: 'RACE-DEPT', name: '并发测试所', districtId: fixture.territory.district.id,
    categoryCodes: ['SANITATION'], receivers: [{ subjectId: 'receiver-race', name: '接哨员' }], responseHours: 4,
  };
  const results = await raceOverHttp(gridsSubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, () => ({
    query: 'mutation ($input: RegisterDepartmentInput!) { registerDepartment(input: $input) { department { id } } }',
    variables: { input },
  })));
  const tally = tallyOutcomes(results);
  expect(tally.ok).toBe(1);
  expect(losers(tally).map(([key]) => key).filter((key) => !['CONFLICT input.code', 'BAD_USER_INPUT input.code'].includes(key))).toEqual([]);
  expect(await fixture.em().count(Department, { code: 'RACE-DEPT' })).toBe(1);
});

test('registerResident: one national ID registered twenty times at once, in different households, gives one resident', async () => {
  const households = fixture.territory.buildings.flatMap((building) => [...fixture.territory.households(building)]).slice(0, RACERS);
  const nationalId = makeNationalId('140213', '1966-06-06', 501, false);
  const results = await raceOverHttp(gridsSubgraph, fixture.orm, cityAdmin, households.map((household) => ({
    query: 'mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id } } }',
    variables: { input: { householdId: household.id, name: '并发居民', nationalId, isHead: false } },
  })));
  const tally = tallyOutcomes(results);
  expect(tally.ok).toBe(1);
  expect(losers(tally).map(([key]) => key).filter((key) => !['CONFLICT input.nationalId', 'BAD_USER_INPUT input.nationalId'].includes(key))).toEqual([]);
  expect(await fixture.em().count(Resident, { nationalId })).toBe(1);
});

import { Role } from '../../../kit/auth/role';
import { makeNationalId } from '../../../kit/personal/national-id';
import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { LinkedHousehold } from '../grid-worker/linked-household.entity';
import { Household } from '../household/household.entity';
import { ResidentMove } from '../resident/resident-move.entity';
import { Resident } from '../resident/resident.entity';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation Register($input: RegisterHouseholdInput!) {
    registerHousehold(input: $input) { household { id address floor residents { totalCount edges { node { gender birthDate(reveal: REGISTRATION_CHECK) isHead } } } } }
  }
`;
const REGISTER_RESIDENT = /* GraphQL */ `
  mutation Register($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id gender } } }
`;
const MOVE_RESIDENT = /* GraphQL */ `
  mutation Move($input: MoveResidentInput!) {
    moveResident(input: $input) { resident { id isHead household { id } } fromHousehold { id } toHousehold { id } }
  }
`;
const ASSIGN = /* GraphQL */ `
  mutation Assign($input: AssignGridWorkerHouseholdsInput!) {
    assignGridWorkerHouseholds(input: $input) { gridWorker { id linkedHouseholds(first: 50) { totalCount } } }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

let sequence = 100;
/** A national ID number no seeded resident has: region 140213 with sequences from 100 up. */
function freshNationalId(birthDate = '1980-05-17', female = false): string {
  sequence += 1;
  if (sequence % 2 === 0 ? !female : female) sequence += 1;
  return makeNationalId('140213', birthDate, sequence, female);
}

async function rowCounts() {
  const em = fixture.em();
  return {
    households: await em.count(Household),
    residents: await em.count(Resident),
    moves: await em.count(ResidentMove),
    links: await em.count(LinkedHousehold),
  };
}

/** Runs `mutation` as a city admin and expects BAD_USER_INPUT on `field`, with no row written. */
async function expectRefused(mutation: string, input: Record<string, unknown>, field: string) {
  const before = await rowCounts();
  const result = await fixture.run(cityAdmin, mutation, { input });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions!.field).toBe(field);
  expect(result.errors![0].message).toContain(field);
  expect(await rowCounts()).toEqual(before);
}

function building() {
  return fixture.territory.buildings.find((candidate) => candidate.units >= 2)!;
}

function someResident(index = 0) {
  const households = [...fixture.territory.households(building())];
  return [...fixture.territory.residents(households[index])][0];
}

describe('registerHousehold', () => {
  let room = 50;
  const valid = () => ({
    buildingId: building().id,
    unit: 1,
    // Seeded rooms are 01–08 on each floor: 50 and up are free.
    room: `${building().floors}${room++}`,
    residents: [{ name: '测试户主', nationalId: freshNationalId('1950-02-03', true), phone: '13800138000', isHead: true }],
  });

  test('registers a household with its residents, birth date and gender read from the ID number', async () => {
    const input = valid();
    const result = await fixture.run(cityAdmin, REGISTER_HOUSEHOLD, { input });
    expect(result.errors).toBeUndefined();
    const household = result.data.registerHousehold.household;
    expect(household.address).toBe(`${building().number}-1-${input.room}`);
    expect(household.floor).toBe(building().floors);
    expect(household.residents.edges[0].node).toEqual({ gender: 'FEMALE', birthDate: '1950-02-03', isHead: true });
  });

  test.each([
    ['unknown building', { buildingId: '00000000-0000-4000-8000-000000000000' }, 'input.buildingId'],
    ['malformed building id', { buildingId: 'x' }, 'input.buildingId'],
    ['unit beyond the building', { unit: 9 }, 'input.unit'],
    ['unit zero', { unit: 0 }, 'input.unit'],
    ['malformed room', { room: '6-4' }, 'input.room'],
    ['floor beyond the building', { room: '9901' }, 'input.room'],
    ['empty name', { residents: [{ name: '', nationalId: '110101199003074477' }] }, 'input.residents.0.name'],
    ['oversized name', { residents: [{ name: '名'.repeat(51), nationalId: '110101199003074477' }] }, 'input.residents.0.name'],
    ['bidi override in name', { residents: [{ name: '张\u202E三', nationalId: '110101199003074477' }] }, 'input.residents.0.name'],
    ['bad check digit', { residents: [{ name: '张三', nationalId: '110101199003074478' }] }, 'input.residents.0.nationalId'],
    ['impossible birth date', { residents: [{ name: '张三', nationalId: '110101199002304471' }] }, 'input.residents.0.nationalId'],
    ['malformed phone', { residents: [{ name: '张三', nationalId: '110101199003074477', phone: '12345' }] }, 'input.residents.0.phone'],
    ['two heads', { residents: [
      { name: '甲', nationalId: freshNationalId(), isHead: true },
      { name: '乙', nationalId: freshNationalId(), isHead: true },
    ] }, 'input.residents'],
  ])('refuses %s', async (_case, change, field) => {
    await expectRefused(REGISTER_HOUSEHOLD, { ...valid(), ...change }, field);
  });

  test('refuses an address already registered', async () => {
    const existing = [...fixture.territory.households(building())][0];
    await expectRefused(REGISTER_HOUSEHOLD, { ...valid(), unit: existing.unit, room: existing.room }, 'input.room');
  });

  test('refuses a national ID number already registered, and one repeated in the request', async () => {
    await expectRefused(REGISTER_HOUSEHOLD, { ...valid(), residents: [{ name: '张三', nationalId: someResident().nationalId }] }, 'input.residents.0.nationalId');
    const twice = freshNationalId();
    await expectRefused(REGISTER_HOUSEHOLD, { ...valid(), residents: [{ name: '甲', nationalId: twice }, { name: '乙', nationalId: twice }] }, 'input.residents.1.nationalId');
  });

  test('is refused outside the caller’s scope, and without a tree-keeping role', async () => {
    const elsewhere = fixture.territory.communities.find((community) => community.id !== building().communityId)!;
    const before = await rowCounts();
    const outside = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], [elsewhere.id]), REGISTER_HOUSEHOLD, { input: valid() });
    expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
    const analyst = await fixture.run(viewerWith([Role.BI_ANALYST]), REGISTER_HOUSEHOLD, { input: valid() });
    expect(errorCodes(analyst)).toEqual(['FORBIDDEN']);
    const anonymous = await fixture.run(null, REGISTER_HOUSEHOLD, { input: valid() });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('registerResident', () => {
  const household = () => [...fixture.territory.households(building())][1];
  const valid = () => ({ householdId: household().id, name: '新居民', nationalId: freshNationalId('1990-01-01') });

  test('registers a resident in scope of a community staff member', async () => {
    const staff = viewerWith([Role.COMMUNITY_STAFF], [building().communityId]);
    const result = await fixture.run(staff, REGISTER_RESIDENT, { input: valid() });
    expect(result.errors).toBeUndefined();
    expect(result.data.registerResident.resident.gender).toBe('MALE');
  });

  test.each([
    ['unknown household', { householdId: '00000000-0000-4000-8000-000000000000' }, 'input.householdId'],
    ['second head', { isHead: true }, 'input.isHead'],
    ['national ID with a lower-case x', { nationalId: '11010119900307001x' }, 'input.nationalId'],
    ['control character in name', { name: '张\u0007三' }, 'input.name'],
  ])('refuses %s', async (_case, change, field) => {
    await expectRefused(REGISTER_RESIDENT, { ...valid(), ...change }, field);
  });
});

describe('moveResident', () => {
  test('moves a resident, keeps the move in the history, and drops headship', async () => {
    const households = [...fixture.territory.households(building())];
    const head = [...fixture.territory.residents(households[2])][0];
    const before = await rowCounts();
    const result = await fixture.run(cityAdmin, MOVE_RESIDENT, { input: { residentId: head.id, toHouseholdId: households[3].id } });
    expect(result.errors).toBeUndefined();
    expect(result.data.moveResident).toEqual({
      resident: { id: head.id, isHead: false, household: { id: households[3].id } },
      fromHousehold: { id: households[2].id },
      toHousehold: { id: households[3].id },
    });
    expect((await rowCounts()).moves).toBe(before.moves + 1);
  });

  test.each([
    ['unknown resident', (resident: any) => ({ residentId: '00000000-0000-4000-8000-000000000000', toHouseholdId: resident.householdId }), 'input.residentId'],
    ['unknown household', (resident: any) => ({ residentId: resident.id, toHouseholdId: '00000000-0000-4000-8000-000000000000' }), 'input.toHouseholdId'],
    ['the same household', (resident: any) => ({ residentId: resident.id, toHouseholdId: resident.householdId }), 'input.toHouseholdId'],
    ['malformed ids', () => ({ residentId: '1', toHouseholdId: '2' }), 'input.residentId'],
  ])('refuses %s', async (_case, input, field) => {
    await expectRefused(MOVE_RESIDENT, input(someResident(4)), field);
  });
});

describe('assignGridWorkerHouseholds', () => {
  const grid = () => fixture.territory.grids.find((candidate) => candidate.kind !== 'DEDICATED')!;
  const worker = () => fixture.territory.gridWorkers(grid())[0];
  const householdsOfGrid = () =>
    fixture.territory.buildings.filter((candidate) => candidate.gridId === grid().id).flatMap((candidate) => [...fixture.territory.households(candidate)]);

  test('links households of the worker’s grid, keeping those already linked', async () => {
    const already = worker().linkedHouseholdIds.length;
    const free = householdsOfGrid().find((household) => !worker().linkedHouseholdIds.includes(household.id))!;
    const result = await fixture.run(cityAdmin, ASSIGN, { input: { gridWorkerId: worker().id, householdIds: [free.id, worker().linkedHouseholdIds[0]] } });
    expect(result.errors).toBeUndefined();
    expect(result.data.assignGridWorkerHouseholds.gridWorker.linkedHouseholds.totalCount).toBe(already + 1);
  });

  test.each([
    ['unknown worker', () => ({ gridWorkerId: '00000000-0000-4000-8000-000000000000', householdIds: [householdsOfGrid()[0].id] }), 'input.gridWorkerId'],
    ['no households', () => ({ gridWorkerId: worker().id, householdIds: [] }), 'input.householdIds'],
    ['repeated households', () => ({ gridWorkerId: worker().id, householdIds: [householdsOfGrid()[0].id, householdsOfGrid()[0].id] }), 'input.householdIds'],
    ['unknown household', () => ({ gridWorkerId: worker().id, householdIds: ['00000000-0000-4000-8000-000000000000'] }), 'input.householdIds.0'],
    ['household of another grid', () => {
      const other = fixture.territory.buildings.find((candidate) => candidate.gridId !== grid().id)!;
      return { gridWorkerId: worker().id, householdIds: [fixture.territory.households(other).next().value!.id] };
    }, 'input.householdIds.0'],
    ['more than 20 linked in all', () => ({
      gridWorkerId: worker().id,
      householdIds: householdsOfGrid().filter((household) => !worker().linkedHouseholdIds.includes(household.id)).slice(0, 20).map((household) => household.id),
    }), 'input.householdIds'],
  ])('refuses %s', async (_case, input, field) => {
    await expectRefused(ASSIGN, input(), field);
  });
});

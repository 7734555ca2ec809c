import { Role } from '../../../../kit/auth/role';
import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import { Resident } from '../../resident/resident.entity';
import { createGridsFixture, type GridsFixture } from '../../test/grids-fixture';
import { BuildingStewardAppointment, BuildingStewardRole } from '../building-steward-appointment.entity';
import { Building } from '../building.entity';

const APPOINT = /* GraphQL */ `
  mutation Appoint($input: AppointBuildingStewardInput!) {
    appointBuildingSteward(input: $input) {
      building {
        id
        steward {
          id
        }
        head {
          id
        }
      }
      appointment {
        role
        resident {
          id
        }
        previousResident {
          id
        }
      }
    }
  }
`;
const BUILDING = /* GraphQL */ `
  query Building($id: ID!) {
    building(id: $id) {
      steward {
        id
      }
      head {
        id
      }
      stewardHistory {
        role
        resident {
          id
        }
        previousResident {
          id
        }
      }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

/** Every building's posts and the whole history: what a refused command must leave as it was. */
async function snapshot() {
  const em = fixture.em();
  const buildings = await em.find(Building, {}, { fields: ['id', 'stewardId', 'headId'], orderBy: { id: 'asc' } });
  return { posts: buildings.map(({ id, stewardId, headId }) => [id, stewardId, headId]), appointments: await em.count(BuildingStewardAppointment) };
}

/** A building with at least three adults who hold neither post, and those adults. */
async function buildingWithCandidates(skip = 0) {
  const em = fixture.em();
  const buildings = await em.find(Building, {}, { orderBy: { code: 'asc' } });
  let seen = 0;
  for (const building of buildings) {
    const residents = await em.find(Resident, { buildingId: building.id, birthDate: { $lte: '2000-01-01' } }, { orderBy: { id: 'asc' } });
    const free = residents.filter(resident => resident.id !== building.stewardId && resident.id !== building.headId);
    if (free.length >= 3 && seen++ === skip) return { building, free };
  }
  throw new Error('no building with three free adults in the tiny territory');
}

async function expectRefused(viewer: Parameters<GridsFixture['run']>[0], input: Record<string, unknown>, code: string, field?: string) {
  const before = await snapshot();
  const result = await fixture.run(viewer, APPOINT, { input });
  expect(errorCodes(result)).toEqual([code]);
  if (field) {
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(result.errors![0].message).toContain(field);
  }
  expect(await snapshot()).toEqual(before);
}

test('appointing, then replacing, a steward keeps both in the history, newest first', async () => {
  const { building, free } = await buildingWithCandidates();
  const previous = building.stewardId;
  const staff = viewerWith([Role.COMMUNITY_STAFF], [building.communityId]);

  const first = await fixture.run(staff, APPOINT, { input: { buildingId: building.id, residentId: free[0].id, role: 'STEWARD' } });
  expect(first.errors).toBeUndefined();
  expect(first.data.appointBuildingSteward.building.steward).toEqual({ id: free[0].id });
  expect(first.data.appointBuildingSteward.appointment).toEqual({
    role: 'STEWARD',
    resident: { id: free[0].id },
    previousResident: previous ? { id: previous } : null,
  });

  const second = await fixture.run(staff, APPOINT, { input: { buildingId: building.id, residentId: free[1].id, role: 'STEWARD' } });
  expect(second.errors).toBeUndefined();

  const read = await fixture.run(cityAdmin, BUILDING, { id: building.id });
  expect(read.data.building.steward).toEqual({ id: free[1].id });
  const stewards = read.data.building.stewardHistory.filter((entry: any) => entry.role === 'STEWARD');
  expect(stewards.slice(0, 2)).toEqual([
    { role: 'STEWARD', resident: { id: free[1].id }, previousResident: { id: free[0].id } },
    { role: 'STEWARD', resident: { id: free[0].id }, previousResident: previous ? { id: previous } : null },
  ]);
  // The head's post is a separate one: untouched.
  expect(read.data.building.head).toEqual(building.headId ? { id: building.headId } : null);
  expect(await fixture.em().count(BuildingStewardAppointment, { buildingId: building.id, role: BuildingStewardRole.STEWARD })).toBe(previous ? 3 : 2);
});

test('a head is appointed to its own post', async () => {
  const { building, free } = await buildingWithCandidates(1);
  const result = await fixture.run(cityAdmin, APPOINT, { input: { buildingId: building.id, residentId: free[2].id, role: 'HEAD' } });
  expect(result.errors).toBeUndefined();
  expect(result.data.appointBuildingSteward.building.head).toEqual({ id: free[2].id });
  expect(result.data.appointBuildingSteward.building.steward).toEqual(building.stewardId ? { id: building.stewardId } : null);
  expect((await fixture.em().findOneOrFail(Building, { id: building.id })).headId).toBe(free[2].id);
});

describe('refused, changing nothing', () => {
  test('an unknown building', async () => {
    const { free } = await buildingWithCandidates();
    await expectRefused(cityAdmin, { buildingId: crypto.randomUUID(), residentId: free[0].id, role: 'STEWARD' }, 'BAD_USER_INPUT', 'input.buildingId');
  });

  test('a malformed building id', async () => {
    const { free } = await buildingWithCandidates();
    await expectRefused(cityAdmin, { buildingId: 'building-1', residentId: free[0].id, role: 'STEWARD' }, 'BAD_USER_INPUT', 'input.buildingId');
  });

  test('an unknown resident', async () => {
    const { building } = await buildingWithCandidates();
    await expectRefused(cityAdmin, { buildingId: building.id, residentId: crypto.randomUUID(), role: 'HEAD' }, 'BAD_USER_INPUT', 'input.residentId');
  });

  test('a resident of another building', async () => {
    const { building } = await buildingWithCandidates();
    const { free: elsewhere } = await buildingWithCandidates(1);
    await expectRefused(cityAdmin, { buildingId: building.id, residentId: elsewhere[0].id, role: 'STEWARD' }, 'BAD_USER_INPUT', 'input.residentId');
  });

  test('the resident already holds the post', async () => {
    const building = await fixture.em().findOneOrFail(Building, { stewardId: { $ne: null } }, { orderBy: { code: 'asc' } });
    await expectRefused(cityAdmin, { buildingId: building.id, residentId: building.stewardId, role: 'STEWARD' }, 'CONFLICT');
  });

  test('community staff of another community', async () => {
    const { building, free } = await buildingWithCandidates();
    const other = fixture.territory.communities.find(community => community.id !== building.communityId)!;
    await expectRefused(viewerWith([Role.COMMUNITY_STAFF], [other.id]), { buildingId: building.id, residentId: free[2].id, role: 'STEWARD' }, 'FORBIDDEN');
  });

  test('a grid worker, even in scope', async () => {
    const { building, free } = await buildingWithCandidates();
    await expectRefused(viewerWith([Role.GRID_WORKER], [building.gridId]), { buildingId: building.id, residentId: free[2].id, role: 'STEWARD' }, 'FORBIDDEN');
  });
});

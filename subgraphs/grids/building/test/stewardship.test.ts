import { biAnalyst, cityAdmin } from '../../../../kit/testing/viewers';
import { Resident } from '../../resident/resident.entity';
import { createGridsFixture, type GridsFixture } from '../../test/grids-fixture';
import { BuildingStewardAppointment, BuildingStewardRole } from '../building-steward-appointment.entity';
import { Building } from '../building.entity';

const STATS = /* GraphQL */ `
  query Stats($community: String!, $grid: String!, $subdistrict: String!) {
    community(code: $community) {
      stewardship {
        buildings
        withSteward
        withoutSteward
        stewardCoverage
        withHead
        withoutHead
      }
    }
    grid(code: $grid) {
      stewardship {
        buildings
        withSteward
        withoutSteward
        withHead
      }
    }
    subdistrict(code: $subdistrict) {
      stewardship {
        buildings
        withSteward
        withoutSteward
      }
    }
  }
`;
const STEWARDS = /* GraphQL */ `
  query Stewards($code: String!) {
    community(code: $code) {
      stewardship {
        withSteward
      }
      compounds(first: 100) {
        edges {
          node {
            buildings(first: 100) {
              edges {
                node {
                  number
                  steward {
                    id
                  }
                  head {
                    id
                  }
                  stewardHistory {
                    role
                    appointedAt
                    resident {
                      id
                    }
                    previousResident {
                      id
                    }
                  }
                }
              }
            }
          }
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

const community = () => fixture.territory.communities.find(candidate => candidate.name === '文兴社区')!;

describe('the seeded stewards', () => {
  test('most buildings, not all, have a steward; every steward and head lives in the building', async () => {
    const em = fixture.em();
    const buildings = await em.find(Building, {});
    const withSteward = buildings.filter(building => building.stewardId !== null).length;
    expect(withSteward / buildings.length).toBeGreaterThan(0.7);
    expect(withSteward).toBeLessThan(buildings.length);
    const holders = buildings.flatMap(building => [building.stewardId, building.headId].filter((id): id is string => id !== null).map(id => [building.id, id]));
    const residents = new Map((await em.find(Resident, { id: { $in: holders.map(([, id]) => id) } })).map(resident => [resident.id, resident]));
    for (const [buildingId, residentId] of holders) expect(residents.get(residentId)?.buildingId).toBe(buildingId);
    for (const building of buildings) if (building.stewardId) expect(building.headId).not.toBe(building.stewardId);
    // Each seeded holder has the appointment that put them there.
    expect(await em.count(BuildingStewardAppointment)).toBe(holders.length);
  });
});

describe('stewardship stats', () => {
  test('count buildings with and without a steward and a head, by hand', async () => {
    const em = fixture.em();
    const ours = fixture.territory.buildings.filter(building => building.communityId === community().id).sort((a, b) => a.code.localeCompare(b.code));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    // The community's posts set by hand: stewards in its first three buildings, a head in its first.
    await em.nativeUpdate(Building, { communityId: community().id }, { stewardId: null, headId: null });
    for (const [index, building] of ours.slice(0, 3).entries()) {
      const resident = await em.findOneOrFail(Resident, { buildingId: building.id }, { orderBy: { id: 'asc' } });
      await em.nativeUpdate(Building, { id: building.id }, index === 0 ? { stewardId: resident.id, headId: resident.id } : { stewardId: resident.id });
    }
    const grid = fixture.territory.grids.find(candidate => candidate.buildingIds.includes(ours[0].id))!;
    const gridStewards = ours.slice(0, 3).filter(building => grid.buildingIds.includes(building.id)).length;
    const subdistrict = fixture.territory.subdistricts.find(candidate => candidate.id === community().subdistrictId)!;
    const subdistrictBuildings = fixture.territory.buildings.filter(building => building.subdistrictId === subdistrict.id).length;
    const elsewhere = await em.count(Building, { subdistrictId: subdistrict.id, communityId: { $ne: community().id }, stewardId: { $ne: null } });

    const result = await fixture.run(biAnalyst, STATS, { community: community().code, grid: grid.code, subdistrict: subdistrict.code });
    expect(result.errors).toBeUndefined();
    expect(result.data.community.stewardship).toEqual({
      buildings: ours.length,
      withSteward: 3,
      withoutSteward: ours.length - 3,
      stewardCoverage: expect.closeTo(3 / ours.length, 4),
      withHead: 1,
      withoutHead: ours.length - 1,
    });
    expect(result.data.grid.stewardship).toEqual({
      buildings: grid.buildingIds.length,
      withSteward: gridStewards,
      withoutSteward: grid.buildingIds.length - gridStewards,
      withHead: 1,
    });
    expect(result.data.subdistrict.stewardship).toEqual({
      buildings: subdistrictBuildings,
      withSteward: 3 + elsewhere,
      withoutSteward: subdistrictBuildings - 3 - elsewhere,
    });
  });

  test('a place without buildings has no coverage rather than 0%', async () => {
    const em = fixture.em();
    const grid = fixture.territory.grids.find(candidate => candidate.buildingIds.length > 0)!;
    await em.nativeUpdate(Building, { gridId: grid.id }, { gridId: fixture.territory.grids.find(other => other.id !== grid.id)!.id });
    const result = await fixture.run(
      cityAdmin,
      /* GraphQL */ `
        query G($code: String!) {
          grid(code: $code) {
            stewardship {
              buildings
              withSteward
              stewardCoverage
            }
          }
        }
      `,
      { code: grid.code },
    );
    expect(result.data.grid.stewardship).toEqual({ buildings: 0, withSteward: 0, stewardCoverage: null });
  });
});

test('stewards, heads and their history cost the same SQL statements with twice the buildings and three times the history', async () => {
  const before = await fixture.queryLog.measure(() => fixture.run(cityAdmin, STEWARDS, { code: community().code }));
  expect(before.result.errors).toBeUndefined();
  const buildingsOf = (data: any) => data.community.compounds.edges.flatMap((compound: any) => compound.node.buildings.edges.map((edge: any) => edge.node));

  const em = fixture.em();
  const originals = await em.find(Building, { communityId: community().id });
  for (const building of originals) {
    const residents = await em.find(Resident, { buildingId: building.id }, { orderBy: { id: 'asc' }, limit: 3 });
    // Each building copied, its steward and head held by its residents, and two replacements in its history.
    em.persist(Object.assign(new Building(), {
      ...building,
      id: crypto.randomUUID(),
      code: `${building.code}-copy`,
      number: `${building.number}A`,
      stewardId: residents[0].id,
      headId: residents[1]?.id ?? null,
    }));
    for (const resident of residents.slice(0, 2)) {
      em.persist(Object.assign(new BuildingStewardAppointment(), {
        buildingId: building.id,
        role: BuildingStewardRole.STEWARD,
        residentId: resident.id,
        previousResidentId: building.stewardId,
        appointedBy: 'test',
        compoundId: building.compoundId,
        communityId: building.communityId,
        subdistrictId: building.subdistrictId,
        gridId: building.gridId,
      }));
    }
  }
  await em.flush();

  const after = await fixture.queryLog.measure(() => fixture.run(cityAdmin, STEWARDS, { code: community().code }));
  expect(after.result.errors).toBeUndefined();
  expect(buildingsOf(after.result.data)).toHaveLength(2 * buildingsOf(before.result.data).length);
  expect(after.result.data.community.stewardship.withSteward).toBeGreaterThanOrEqual(originals.length);
  expect(after.statements).toBe(before.statements);
  // community, its stewardship (3), compounds, buildings, appointments, and residents twice: the
  // holders, then those in the history who no longer hold a post
  expect(after.statements).toBeLessThanOrEqual(9);
});

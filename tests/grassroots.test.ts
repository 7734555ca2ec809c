import { Role } from '../kit/auth/role';
import { jointBranchRuns } from '../subgraphs/party/joint-branches';
import { startSupergraph, type Supergraph } from './support/supergraph';

const STEWARDS = /* GraphQL */ `
  query Stewards($code: String!) {
    community(code: $code) {
      stewardship {
        buildings
        withSteward
        withoutSteward
      }
      compounds(first: 100) {
        edges {
          node {
            buildings(first: 100) {
              edges {
                node {
                  id
                  steward {
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
`;
const APPOINT = /* GraphQL */ `
  mutation Appoint($input: AppointBuildingStewardInput!) {
    appointBuildingSteward(input: $input) {
      building {
        steward {
          id
        }
      }
    }
  }
`;

const GRID_BRANCHES = /* GraphQL */ `
  query GridBranches($code: String!) {
    community(code: $code) {
      grids(first: 100) {
        edges {
          node {
            id
            buildings(first: 1) {
              totalCount
            }
            partyBranch {
              name
              level
            }
          }
        }
      }
      partyStats {
        grids
        gridsWithBranch
        gridCoverage
      }
    }
  }
`;

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.close());

const buildingsOf = (data: any): { id: string; steward: { id: string } | null }[] =>
  data.community.compounds.edges.flatMap((compound: any) => compound.node.buildings.edges.map((edge: any) => edge.node));

test('buildings with and without a steward in a community, and a steward appointed where there was none', async () => {
  const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
  const staff = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [community.id] });

  const before = await supergraph.query(STEWARDS, { code: community.code }, staff);
  expect(before.body.errors).toBeUndefined();
  const buildings = buildingsOf(before.body.data);
  // Counted by hand over the community's buildings, each with its steward or none.
  const withSteward = buildings.filter(building => building.steward !== null);
  const without = buildings.filter(building => building.steward === null);
  expect(buildings).toHaveLength(supergraph.territory.buildings.filter(building => building.communityId === community.id).length);
  expect(before.body.data.community.stewardship).toEqual({ buildings: buildings.length, withSteward: withSteward.length, withoutSteward: without.length });
  expect(withSteward.length).toBeGreaterThan(without.length);

  // Fill one empty post (空位补选) with an adult of that building: one fewer building without a steward.
  const empty = without[0] ?? withSteward[0];
  const resident = [...supergraph.territory.households(supergraph.territory.buildings.find(building => building.id === empty.id)!)]
    .flatMap(household => [...supergraph.territory.residents(household)])
    .find(candidate => candidate.isHead && candidate.id !== empty.steward?.id)!;
  const appointed = await supergraph.query(APPOINT, { input: { buildingId: empty.id, residentId: resident.id, role: 'STEWARD' } }, staff);
  expect(appointed.body.errors).toBeUndefined();
  expect(appointed.body.data.appointBuildingSteward.building.steward).toEqual({ id: resident.id });

  const after = await supergraph.query(STEWARDS, { code: community.code }, staff);
  const gained = empty.steward === null ? 1 : 0;
  expect(after.body.data.community.stewardship).toEqual({
    buildings: buildings.length,
    withSteward: withSteward.length + gained,
    withoutSteward: without.length - gained,
  });
});

test('grids with and without a party branch in a community, through grids and party', async () => {
  // A community whose grids are part covered, part not, in the demo seed.
  const staff = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  let checked = 0;
  for (const community of supergraph.territory.communities) {
    const result = await supergraph.query(GRID_BRANCHES, { code: community.code }, staff);
    expect(result.body.errors).toBeUndefined();
    const grids = result.body.data.community.grids.edges.map((edge: any) => edge.node);
    expect(grids).toHaveLength(supergraph.territory.grids.filter(grid => grid.communityId === community.id).length);
    // Counted by hand: the grids with buildings, and of them those whose partyBranch party resolves.
    const withBuildings = grids.filter((grid: any) => grid.buildings.totalCount > 0);
    const covered = withBuildings.filter((grid: any) => grid.partyBranch !== null);
    for (const grid of covered) expect(grid.partyBranch.name).toMatch(/党(支部|小组)$/);
    expect(result.body.data.community.partyStats).toEqual({
      grids: withBuildings.length,
      gridsWithBranch: covered.length,
      gridCoverage: withBuildings.length ? Math.round((covered.length / withBuildings.length) * 10_000) / 10_000 : null,
    });
    if (covered.length > 0 && covered.length < withBuildings.length) checked += 1;
  }
  expect(checked).toBeGreaterThan(0);
});

const MUST_SHOW = /* GraphQL */ `
  query GrassrootsFigures($code: String!, $subdistrict: String!) {
    community(code: $code) {
      stewardship {
        buildings
        withSteward
        withoutSteward
      }
      compounds(first: 100) {
        edges {
          node {
            id
            partyBranch {
              id
            }
          }
        }
      }
      grids(first: 100) {
        edges {
          node {
            partyBranch {
              id
              level
            }
          }
        }
      }
      partyStats {
        compounds
        compoundsWithBranch
        branches
        grids
        gridsWithBranch
      }
    }
    subdistrict(code: $subdistrict) {
      partyStats(period: { preset: THIS_YEAR }) {
        from
        inServiceMembers
        inServiceCompliant
        complianceRate
      }
    }
    districts {
      gridEventStats(period: { preset: THIS_YEAR }) {
        inspectionFindings
        rectified
        rectificationRate
      }
      lastMonth: gridEventStats(period: { preset: LAST_30_DAYS }) {
        accepted
      }
    }
  }
`;
const MERGE_BRANCHES = /* GraphQL */ `
  mutation Merge($input: MergePartyOrganizationsInput!) {
    mergePartyOrganizations(input: $input) {
      organization {
        id
      }
    }
  }
`;

/** Distinct branches and covered compounds counted by hand from the compounds' and grids' partyBranch. */
function handCount(community: any) {
  const compounds = community.compounds.edges.map((edge: any) => edge.node);
  const gridBranches = community.grids.edges.map((edge: any) => edge.node.partyBranch).filter((branch: any) => branch?.level === 'BRANCH');
  const covered = compounds.filter((compound: any) => compound.partyBranch !== null);
  const branches = new Set([...covered.map((compound: any) => compound.partyBranch.id), ...gridBranches.map((branch: any) => branch.id)]);
  return { compounds, covered: covered.length, branches: branches.size };
}

test('one gateway query answers stewards, grid branches, branches vs covered compounds, the rectification rate and this year’s compliance; a merge makes a joint branch', async () => {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const { territory } = supergraph;
  // The community with the most compound branches in the seed (some compounds share a joint one), so two can merge.
  const runs = jointBranchRuns(territory);
  const community = [...territory.communities].sort((a, b) => (runs.get(b.id)?.length ?? 0) - (runs.get(a.id)?.length ?? 0))[0];
  const subdistrict = territory.subdistricts.find((candidate) => candidate.id === community.subdistrictId)!;
  const variables = { code: community.code, subdistrict: subdistrict.code };

  const before = await supergraph.query(MUST_SHOW, variables, admin);
  expect(before.body.errors).toBeUndefined();
  const { stewardship, partyStats } = before.body.data.community;
  // Buildings with and without a steward.
  expect(stewardship.withSteward).toBeGreaterThan(0);
  expect(stewardship.withSteward + stewardship.withoutSteward).toBe(stewardship.buildings);
  // Grids with and without a branch: some, never more than the grids.
  expect(partyStats.gridsWithBranch).toBeGreaterThan(0);
  expect(partyStats.gridsWithBranch).toBeLessThanOrEqual(partyStats.grids);
  // Distinct branches and covered compounds, each as counted by hand.
  const counted = handCount(before.body.data.community);
  expect(counted.compounds.length).toBeGreaterThanOrEqual(2);
  expect(partyStats).toMatchObject({ compounds: counted.compounds.length, compoundsWithBranch: counted.covered, branches: counted.branches });
  // This year's problem list and its rectification (三清单), over a year of events seeded up to today.
  const [district] = before.body.data.districts;
  expect(district.gridEventStats.inspectionFindings).toBeGreaterThan(0);
  expect(district.gridEventStats.rectified).toBeLessThanOrEqual(district.gridEventStats.inspectionFindings);
  expect(district.gridEventStats.rectificationRate).toBe(
    Math.round((district.gridEventStats.rectified / district.gridEventStats.inspectionFindings) * 10_000) / 10_000,
  );
  expect(district.lastMonth.accepted).toBeGreaterThan(0);
  // In-service members' compliance for the current year.
  const compliance = before.body.data.subdistrict.partyStats;
  expect(compliance.from).toBe(`${new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()}-01-01`);
  expect(compliance.inServiceCompliant).toBeGreaterThan(0);
  expect(compliance.inServiceCompliant).toBeLessThanOrEqual(compliance.inServiceMembers);
  expect(compliance.complianceRate).toBe(Math.round((compliance.inServiceCompliant / compliance.inServiceMembers) * 10_000) / 10_000);

  // Two compounds' branches become one joint branch (联建): one branch fewer, the same compounds covered.
  // Two compounds under different branches (some already share a joint branch in the seed).
  const covered = counted.compounds.filter((compound: any) => compound.partyBranch !== null);
  const first = covered[0];
  const second = covered.find((compound: any) => compound.partyBranch.id !== first.partyBranch.id);
  const merged = await supergraph.query(MERGE_BRANCHES, { input: { organizationId: second.partyBranch.id, intoId: first.partyBranch.id, reason: '两小区联建' } }, admin);
  expect(merged.body.errors).toBeUndefined();
  const after = await supergraph.query(MUST_SHOW, variables, admin);
  const recounted = handCount(after.body.data.community);
  expect(recounted).toMatchObject({ covered: counted.covered, branches: counted.branches - 1 });
  expect(after.body.data.community.partyStats).toMatchObject({ compoundsWithBranch: counted.covered, branches: counted.branches - 1 });
});

/** Every subgraph's `…Stats(period:)` on a subdistrict, with a field each answers. */
const STATS_FIELDS = [
  ['elderly', 'elderlyStats', 'from'],
  ['grids', 'gridEventStats', 'accepted'],
  ['mediation', 'mediationStats', 'from'],
  ['party', 'partyStats', 'from'],
  ['property', 'propertyStats', 'meetingsHeld'],
] as const;

describe.each(STATS_FIELDS)('%s: %s refuses a period over three years (kit statsPeriod)', (_subgraph, field, figure) => {
  const query = `query Limit($code: String!, $period: StatsPeriod!) { subdistrict(code: $code) { ${field}(period: $period) { ${figure} } } }`;
  const ask = async (from: string, to: string) => {
    const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
    return supergraph.query(query, { code: supergraph.territory.subdistricts[0].code, period: { from, to } }, admin);
  };

  it('answers exactly three calendar years', async () => {
    const result = await ask('2023-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.subdistrict[field]).not.toBeNull();
  });

  it('refuses three years and a day with BAD_USER_INPUT naming period.to', async () => {
    const result = await ask('2023-01-01T00:00:00Z', '2026-01-02T00:00:00Z');
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    // gridEventStats is non-null, so its refusal nulls the subdistrict too: no figure either way.
    expect(result.body.data?.subdistrict?.[field] ?? null).toBeNull();
  });
});

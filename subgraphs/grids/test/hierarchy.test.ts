import { Household } from '../household/household.entity';
import { cityAdmin } from '../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const HIERARCHY = /* GraphQL */ `
  query Hierarchy($code: String!) {
    community(code: $code) {
      name
      subdistrict { name district { name } }
      compounds(first: 100) {
        totalCount
        edges { node {
          name code location { latitude longitude }
          buildings(first: 100) {
            totalCount
            edges { node {
              number
              grid { code }
              households(first: 100) {
                totalCount
                edges { node {
                  address
                  residents(first: 10) { totalCount edges { node { name age } } }
                } }
              }
            } }
          }
        } }
      }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

function countHouseholds(data: any): number {
  return data.community.compounds.edges.reduce(
    (sum: number, compound: any) =>
      sum + compound.node.buildings.edges.reduce((inner: number, building: any) => inner + building.node.households.edges.length, 0),
    0,
  );
}

test('walks community → compounds → buildings → households → residents', async () => {
  const community = fixture.territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const result = await fixture.run(cityAdmin, HIERARCHY, { code: community.code });
  expect(result.errors).toBeUndefined();
  const data = result.data;
  expect(data.community.name).toBe('文兴社区');
  expect(data.community.subdistrict.district.name).toBe('平城区');
  const compounds = fixture.territory.compounds.filter((compound) => compound.communityId === community.id);
  expect(data.community.compounds.totalCount).toBe(compounds.length);
  expect(data.community.compounds.edges.map((edge: any) => edge.node.name)).toContain('绿地璀璨天城');
  const household = data.community.compounds.edges[0].node.buildings.edges[0].node.households.edges[0].node;
  expect(household.address).toMatch(/^\w+-\d+-\d{3,4}$/);
  expect(household.residents.totalCount).toBeGreaterThan(0);
});

test('the hierarchy query costs the same SQL statements with 3× the households', async () => {
  const community = fixture.territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const before = await fixture.queryLog.measure(() => fixture.run(cityAdmin, HIERARCHY, { code: community.code }));
  const householdsBefore = countHouseholds(before.result.data);

  // Two more households beside every existing one: rooms 50+ on the same floors.
  const em = fixture.em();
  const existing = await em.find(Household, { communityId: community.id });
  let extra = 0;
  for (const household of existing) {
    for (const copy of [1, 2]) {
      em.create(Household, {
        ...household,
        id: crypto.randomUUID(),
        code: `${household.code}-x${copy}`,
        room: `${household.floor}${50 + copy * 10 + (extra++ % 9)}`,
      });
    }
  }
  await em.flush();

  const after = await fixture.queryLog.measure(() => fixture.run(cityAdmin, HIERARCHY, { code: community.code }));
  expect(after.result.errors).toBeUndefined();
  expect(countHouseholds(after.result.data)).toBe(3 * householdsBefore);
  expect(after.statements).toBe(before.statements);
  // community, subdistrict, district, compounds, buildings, grids, households, residents
  expect(after.statements).toBeLessThanOrEqual(8);
});

import { SMALL_GROUP } from '../../../kit/stats/small-groups';
import { biAnalyst, cityAdmin } from '../../../kit/testing/viewers';
import { ageOn } from '../resident/resident.resolver';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

test('population figures at every level equal a hand count of the seeded territory', async () => {
  const { territory } = fixture;
  const households = territory.buildings.flatMap((building) => [...territory.households(building)]);
  const residents = households.flatMap((household) => [...territory.residents(household)]);
  const expected = (where: (row: { communityId: string; subdistrictId: string }) => boolean) => {
    const people = residents.filter(where);
    const elderly = people.filter((resident) => ageOn(resident.birthDate) >= 60).length;
    return { households: households.filter(where).length, residents: people.length, elderly, elderlyShare: Math.round((elderly / people.length) * 10000) / 10000 };
  };

  const query = /* GraphQL */ `{
    districts { population { households residents elderly elderlyShare } }
    communities(first: 100) { edges { node { id population { households residents elderly elderlyShare } } } }
  }`;
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(biAnalyst, query));
  expect(result.errors).toBeUndefined();
  expect(result.data.districts[0].population).toEqual(expected(() => true));
  for (const { node } of result.data.communities.edges) {
    expect(node.population).toEqual(expected((row) => row.communityId === node.id));
  }
  // districts, communities, then subdistricts + 2 grouped counts for the district and 2 for all
  // communities, and one for the places whose elderly count BI may not see
  expect(statements).toBeLessThanOrEqual(8);
});

test('a small number of elderly people is suppressed for BI, not for community staff', async () => {
  const query = /* GraphQL */ `{ communities(first: 100) { edges { node { compounds(first: 100) { edges { node {
    buildings(first: 100) { edges { node { id population { elderly elderlyShare } } } }
  } } } } } } }`;
  const buildings = (data: any) =>
    data.communities.edges.flatMap((c: any) => c.node.compounds.edges.flatMap((p: any) => p.node.buildings.edges.map((b: any) => b.node)));
  const asAnalyst = buildings((await fixture.run(biAnalyst, query)).data);
  const asAdmin = buildings((await fixture.run(cityAdmin, query)).data);
  const small = asAdmin.filter((building: any) => building.population.elderly > 0 && building.population.elderly < SMALL_GROUP);
  expect(small.length).toBeGreaterThan(0);
  for (const building of small) {
    expect(asAnalyst.find((candidate: any) => candidate.id === building.id).population).toEqual({ elderly: null, elderlyShare: null });
  }
});

test('no elderly count hidden from BI follows from the shown counts of a whole and its parts', async () => {
  const places = 'id population { elderly }';
  const query = /* GraphQL */ `{ communities(first: 100) { edges { node { ${places}
    compounds(first: 100) { edges { node { ${places} buildings(first: 100) { edges { node { ${places} } } } } } }
    grids(first: 100) { edges { node { ${places} buildings(first: 100) { edges { node { ${places} } } } } } }
  } } } }`;
  const nodes = (connection: any) => connection.edges.map((edge: any) => edge.node);
  const wholes = (data: any) =>
    nodes(data.communities).flatMap((community: any) => [
      { whole: community, parts: nodes(community.compounds) },
      { whole: community, parts: nodes(community.grids) },
      ...nodes(community.compounds).map((compound: any) => ({ whole: compound, parts: nodes(compound.buildings) })),
      ...nodes(community.grids).map((grid: any) => ({ whole: grid, parts: nodes(grid.buildings) })),
    ]);
  const asAnalyst = await fixture.run(biAnalyst, query);
  expect(asAnalyst.errors).toBeUndefined();
  const asAdmin = await fixture.run(cityAdmin, query);
  const truth = new Map<string, number>();
  for (const { whole, parts } of wholes(asAdmin.data)) for (const place of [whole, ...parts]) truth.set(place.id, place.population.elderly);

  let hiddenSmall = 0;
  for (const { whole, parts } of wholes(asAnalyst.data)) {
    for (const place of [whole, ...parts]) {
      const elderly = truth.get(place.id)!;
      if (elderly > 0 && elderly < SMALL_GROUP) {
        expect(place.population.elderly).toBeNull();
        hiddenSmall += 1;
      } else if (place.population.elderly !== null) expect(place.population.elderly).toBe(elderly);
    }
    const hidden = [whole, ...parts].filter((place: any) => place.population.elderly === null);
    // One hidden count alone would follow from the others: a part as the whole minus the other
    // parts, a whole (hidden for another partition) as the sum of its parts.
    expect({ whole: whole.id, hidden: hidden.length === 1 }).toEqual({ whole: whole.id, hidden: false });
  }
  expect(hiddenSmall).toBeGreaterThan(0);
});

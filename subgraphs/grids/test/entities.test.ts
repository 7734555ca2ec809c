import { cityAdmin } from '../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on District { id name }
      ... on Subdistrict { id name }
      ... on Community { id name }
      ... on Compound { id name }
      ... on Building { id number }
      ... on Household { id address }
      ... on Resident { id age }
      ... on Grid { id code }
      ... on GridWorker { id code }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

function keyedSamples() {
  const { territory } = fixture;
  const building = territory.buildings[0];
  const household = territory.households(building).next().value!;
  const resident = territory.residents(household).next().value!;
  const grid = territory.grids.find((candidate) => candidate.kind !== 'DEDICATED')!;
  const worker = territory.gridWorkers(grid)[0];
  return [
    ['District', territory.district.id],
    ['Subdistrict', territory.subdistricts[0].id],
    ['Community', territory.communities[0].id],
    ['Compound', territory.compounds[0].id],
    ['Building', building.id],
    ['Household', household.id],
    ['Resident', resident.id],
    ['Grid', grid.id],
    ['GridWorker', worker.id],
  ] as const;
}

test.each(['District', 'Subdistrict', 'Community', 'Compound', 'Building', 'Household', 'Resident', 'Grid', 'GridWorker'])(
  '_entities resolves %s by id, and an unknown or malformed id to null',
  async (typename) => {
    const [, id] = keyedSamples().find(([name]) => name === typename)!;
    const result = await fixture.run(cityAdmin, ENTITIES, {
      representations: [
        { __typename: typename, id },
        { __typename: typename, id: '00000000-0000-4000-8000-000000000000' },
        { __typename: typename, id: 'not-a-uuid' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities[0]).toMatchObject({ __typename: typename, id });
    expect(result.data._entities.slice(1)).toEqual([null, null]);
  },
);

test('many references of every type cost one statement per type', async () => {
  const samples = keyedSamples();
  const representations = samples.map(([__typename, id]) => ({ __typename, id }));
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(cityAdmin, ENTITIES, { representations }));
  expect(result.errors).toBeUndefined();
  expect(statements).toBe(samples.length);

  const households = [...fixture.territory.households(fixture.territory.buildings[0])].map((household) => ({ __typename: 'Household', id: household.id }));
  const many = await fixture.queryLog.measure(() => fixture.run(cityAdmin, ENTITIES, { representations: households }));
  expect(many.result.data._entities).toHaveLength(households.length);
  expect(many.statements).toBe(1);
});

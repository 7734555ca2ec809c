import { Role } from '../kit/auth/role';
import { TerritoryPlace } from '../kit/territory/territory-copy';
import { registerHousehold } from './support/domain-event-scenario';
import { eventually } from './support/eventually';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** Property keeps its territory copy from grids' domain events (embedded transport), like party. */

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph({ events: { transport: 'embedded', pageSize: 5 } });
});
afterAll(() => supergraph.close());

test('a resident registered in grids can raise a suggestion in property with no sync in between', async () => {
  const { community, residentId } = await registerHousehold(supergraph, '109');
  const staff = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [community.id] });
  const raise = () => supergraph.query(
    'mutation ($input: RaiseSuggestionInput!) { raiseSuggestion(input: $input) { suggestion { state } } }',
    { input: { raisedById: residentId, content: '建议小区增设信报箱' } },
    staff,
  );
  await eventually(`resident ${residentId} in property's territory copy`, () => supergraph.em('property').findOne(TerritoryPlace, { id: residentId }).then((row) => row ?? undefined));
  const response = await raise();
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.raiseSuggestion.suggestion.state).toBe('RAISED');
});

import { Role } from '../kit/auth/role';
import { makeNationalId } from '../kit/personal/national-id';
import { TerritoryPlace } from '../kit/territory/territory-copy';
import { eventually } from './support/eventually';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * elderly keeps its territory copy by grids' territory events (kit's territoryCopyConsumer): an elder
 * registered in grids can be given a profile, and gets nearest service points, with no sync run.
 */
const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id residents { edges { node { id } } } } } }
`;
const PROFILE = /* GraphQL */ `mutation ($input: UpdateElderProfileInput!) { updateElderProfile(input: $input) { profile { id } } }`;

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph({ events: { transport: 'embedded', pageSize: 50 } });
});
afterAll(() => supergraph.close());

test('an elder registered in grids is known to elderly without a sync: profile, nearest points', async () => {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const building = supergraph.territory.buildings[0];
  const registered = await supergraph.query(REGISTER_HOUSEHOLD, {
    input: { buildingId: building.id, unit: 1, room: '188', residents: [{ name: '新来老人', nationalId: makeNationalId('140213', '1950-03-14', 778, true), isHead: true }] },
  }, admin);
  expect(registered.body.errors).toBeUndefined();
  const householdId = registered.body.data.registerHousehold.household.id;
  const residentId = registered.body.data.registerHousehold.household.residents.edges[0].node.id;

  const copy = await eventually(`resident ${residentId} in elderly's territory copy`, () =>
    supergraph.em('elderly').findOne(TerritoryPlace, { id: residentId }).then((row) => row ?? undefined));
  expect(copy).toMatchObject({ level: 'RESIDENT', householdId, buildingId: building.id, communityId: building.communityId });

  const profile = await supergraph.query(PROFILE, { input: {
    residentId, birthDate: '1950-03-14', livingSituation: 'ALONE', hardship: false, disability: 'NONE', dietaryNeeds: [], careLevel: 'SELF_CARE', certificationDueOn: '2027-03-14',
  } }, admin);
  expect(profile.body.errors).toBeUndefined();
  const read = await supergraph.query(`query ($id: ID!) { household(id: $id) { residents(first: 5) { edges { node { elderProfile { id nearestServicePoints(kind: ACTIVITY_CENTER, first: 1) { distanceMetres } } } } } } }`, { id: householdId }, admin);
  expect(read.body.errors).toBeUndefined();
  const [resident] = read.body.data.household.residents.edges;
  expect(resident.node.elderProfile.id).toBe(profile.body.data.updateElderProfile.profile.id);
  expect(resident.node.elderProfile.nearestServicePoints).toHaveLength(1);
});

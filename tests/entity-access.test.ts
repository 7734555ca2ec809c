import { Role } from '../kit/auth/role';
import { GridEvent } from '../subgraphs/grids/grid-event/grid-event.entity';
import { CentralHousehold } from '../subgraphs/party/central-household/central-household.entity';
import { PartyMember } from '../subgraphs/party/member/member.entity';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Who sees rows of people and events, through the gateway and through each subgraph's `_entities`
 * (called as the gateway would): exactly the roles and scopes in each subgraph's `access.ts`.
 */
let supergraph: Supergraph;
let event: GridEvent;
let central: CentralHousehold;
let member: PartyMember;
beforeAll(async () => {
  supergraph = await startSupergraph();
  event = (await supergraph.em('grids').find(GridEvent, {}, { limit: 1, orderBy: { id: 'asc' } }))[0];
  central = (await supergraph.em('party').find(CentralHousehold, {}, { limit: 1, orderBy: { id: 'asc' } }))[0];
  member = await supergraph.em('party').findOneOrFail(PartyMember, { id: central.memberId });
});
afterAll(() => supergraph.close());

const otherCommunity = (id: string) => supergraph.territory.communities.find((community) => community.id !== id)!.id;

async function entity(subgraph: string, token: string, typename: string, id: string, fields: string) {
  const response = await fetch(supergraph.subgraphUrls[subgraph], {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...supergraph.gatewayHeaders() },
    body: JSON.stringify({ query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${fields} } } }`, variables: { r: [{ __typename: typename, id }] } }),
  });
  return ((await response.json()) as any).data._entities[0];
}

const viewers = () => ({
  'city admin': { roles: [Role.CITY_ADMIN] },
  'community staff in scope': { roles: [Role.COMMUNITY_STAFF], scope: [event.communityId] },
  'community staff elsewhere': { roles: [Role.COMMUNITY_STAFF], scope: [otherCommunity(event.communityId)] },
  'BI analyst': { roles: [Role.BI_ANALYST] },
  'partner agency in scope': { roles: [Role.PARTNER_AGENCY], scope: [event.communityId] },
  'party organiser in scope': { roles: [Role.PARTY_ORGANIZER], scope: [event.communityId] },
});

test.each([
  ['city admin', true],
  ['community staff in scope', true],
  ['community staff elsewhere', false],
  ['BI analyst', false],
  ['partner agency in scope', false],
  ['party organiser in scope', false],
] as const)('a grid event by id, through the gateway and through grids _entities, for the %s: %s', async (who, allowed) => {
  const token = await supergraph.token(viewers()[who]);
  const viaGateway = await supergraph.query('query ($id: ID!) { gridEvent(id: $id) { id description } }', { id: event.id }, token);
  expect(viaGateway.body.data?.gridEvent?.id ?? null).toBe(allowed ? event.id : null);
  expect((await entity('grids', token, 'GridEvent', event.id, 'id description'))?.id ?? null).toBe(allowed ? event.id : null);
});

test.each([
  ['city admin', true],
  ['party organiser in scope', true],
  ['party organiser elsewhere', false],
  ['BI analyst', false],
  ['partner agency in scope', false],
  ['grid worker in scope', false],
] as const)('Household.centralHousehold through the gateway tells the %s of party membership: %s', async (who, allowed) => {
  const claims = {
    'city admin': { roles: [Role.CITY_ADMIN] },
    'party organiser in scope': { roles: [Role.PARTY_ORGANIZER], scope: [member.communityId] },
    'party organiser elsewhere': { roles: [Role.PARTY_ORGANIZER], scope: [otherCommunity(member.communityId)] },
    'BI analyst': { roles: [Role.BI_ANALYST] },
    'partner agency in scope': { roles: [Role.PARTNER_AGENCY], scope: [member.communityId] },
    'grid worker in scope': { roles: [Role.GRID_WORKER], scope: [member.communityId] },
  }[who];
  const token = await supergraph.token(claims);
  const { body } = await supergraph.query('query ($id: ID!) { household(id: $id) { id centralHousehold(reveal: PARTY_AFFAIRS) { id member { id } } } }', { id: central.householdId }, token);
  expect(body.errors).toBeUndefined();
  expect(body.data.household.centralHousehold?.member?.id ?? null).toBe(allowed ? member.id : null);
  if (!allowed) expect(body.data.household.centralHousehold).toBeNull();
  const direct = await entity('party', token, 'PartyMember', member.id, 'id category');
  const mayListMembers = !['BI analyst', 'partner agency in scope', 'party organiser elsewhere'].includes(who);
  expect(direct?.id ?? null).toBe(mayListMembers ? member.id : null);
});

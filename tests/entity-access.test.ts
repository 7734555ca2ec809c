import { join } from 'node:path';
import { trustedDocuments } from '../gateway/partners/operation-manifest';
import { Role } from '../kit/auth/role';
import { projectRoot } from '../kit/project-root';
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
  // A partner agency runs registered operations only: this file's are registered for a test agency.
  const roots = [join(projectRoot(), 'schema', 'operations'), join(projectRoot(), 'tests', 'support', 'operations')];
  supergraph = await startSupergraph({ trustedDocuments: trustedDocuments(roots) });
  event = (await supergraph.em('grids').find(GridEvent, {}, { limit: 1, orderBy: { id: 'asc' } }))[0];
  central = (await supergraph.em('party').find(CentralHousehold, {}, { limit: 1, orderBy: { id: 'asc' } }))[0];
  member = await supergraph.em('party').findOneOrFail(PartyMember, { id: central.memberId });
  // Five seeded subgraphs and the gateway on a shared two-core machine can take over a minute to start.
}, 180_000);
afterAll(() => supergraph?.close());

const otherCommunity = (id: string) => supergraph.territory.communities.find((community) => community.id !== id)!.id;

async function entity(subgraph: string, token: string, typename: string, id: string, fields: string) {
  const response = await fetch(supergraph.subgraphUrls[subgraph], {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...supergraph.gatewayHeaders() },
    body: JSON.stringify({ query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${fields} } } }`, variables: { r: [{ __typename: typename, id }] } }),
  });
  return ((await response.json()) as any).data._entities[0];
}

/** Through the gateway: partners send the test agency's registered operation by hash, everyone else its text. */
function viaGateway(document: string, variables: Record<string, unknown>, token: string, partner: boolean) {
  return partner ? supergraph.persisted(document, variables, token) : supergraph.query(document, variables, token);
}

const GRID_EVENT_BY_ID = 'query GridEventById($id: ID!) { gridEvent(id: $id) { id description } }';
const HOUSEHOLD_CENTRAL = 'query HouseholdCentralHousehold($id: ID!) { household(id: $id) { id centralHousehold(reveal: PARTY_AFFAIRS) { id member { id } } } }';

const viewers = () => ({
  'city admin': { roles: [Role.CITY_ADMIN] },
  'community staff in scope': { roles: [Role.COMMUNITY_STAFF], scope: [event.communityId] },
  'community staff elsewhere': { roles: [Role.COMMUNITY_STAFF], scope: [otherCommunity(event.communityId)] },
  'BI analyst': { roles: [Role.BI_ANALYST] },
  'partner agency in scope': { roles: [Role.PARTNER_AGENCY], scope: [event.communityId], agency: 'test-agency' },
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
  const answer = await viaGateway(GRID_EVENT_BY_ID, { id: event.id }, token, who === 'partner agency in scope');
  expect(answer.body.errors?.map((error: any) => error.extensions.code) ?? []).not.toContain('OPERATION_NOT_TRUSTED');
  expect(answer.body.data?.gridEvent?.id ?? null).toBe(allowed ? event.id : null);
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
    'partner agency in scope': { roles: [Role.PARTNER_AGENCY], scope: [member.communityId], agency: 'test-agency' },
    'grid worker in scope': { roles: [Role.GRID_WORKER], scope: [member.communityId] },
  }[who];
  const token = await supergraph.token(claims);
  const { body } = await viaGateway(HOUSEHOLD_CENTRAL, { id: central.householdId }, token, who === 'partner agency in scope');
  expect(body.errors).toBeUndefined();
  expect(body.data.household.centralHousehold?.member?.id ?? null).toBe(allowed ? member.id : null);
  if (!allowed) expect(body.data.household.centralHousehold).toBeNull();
  const direct = await entity('party', token, 'PartyMember', member.id, 'id category');
  const mayListMembers = !['BI analyst', 'partner agency in scope', 'party organiser elsewhere'].includes(who);
  expect(direct?.id ?? null).toBe(mayListMembers ? member.id : null);
});

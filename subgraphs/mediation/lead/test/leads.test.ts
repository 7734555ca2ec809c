import { Role } from '../../../../kit/auth/role';
import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import { snapshot } from '../../test/case-builder';
import { createMediationFixture, type MediationFixture } from '../../test/mediation-fixture';

const SHARE = 'mutation ($input: ShareDisputeLeadInput!) { shareDisputeLead(input: $input) { lead { id status department summary(reveal: MEDIATION) sharedOn } } }';
const CLOSE = 'mutation ($input: CloseDisputeLeadInput!) { closeDisputeLead(input: $input) { lead { id status closeReason resolvedAt } } }';

let fixture: MediationFixture;
let subdistrictId: string;
let communityId: string;
beforeAll(async () => {
  fixture = await createMediationFixture();
  communityId = fixture.territory.communities[0].id;
  subdistrictId = fixture.territory.communities[0].subdistrictId;
});
afterAll(() => fixture.close());

const today = () => new Date().toISOString().slice(0, 10);
const share = (overrides: Record<string, unknown> = {}) => ({
  department: 'POLICE_STATION', category: 'NEIGHBOUR', summary: '派出所接警: 两户因停车位争执', sharedOn: today(), placeId: communityId, ...overrides,
});

test('a partner agency shares a lead at the joint session; it is closed once with a reason, a second close is CONFLICT', async () => {
  const police = viewerWith([Role.PARTNER_AGENCY], [subdistrictId], 'police-station-1');
  const shared = await fixture.run(police, SHARE, { input: share({ idempotencyKey: 'police-share-0001' }) });
  expect(shared.errors).toBeUndefined();
  const lead = shared.data.shareDisputeLead.lead;
  expect(lead).toMatchObject({ status: 'OPEN', department: 'POLICE_STATION', summary: '派出所接警: 两户因停车位争执' });
  const closed = await fixture.run(police, CLOSE, { input: { leadId: lead.id, reason: '人大代表走访化解', idempotencyKey: 'police-close-0001' } });
  expect(closed.errors).toBeUndefined();
  expect(closed.data.closeDisputeLead.lead).toMatchObject({ status: 'CLOSED', closeReason: '人大代表走访化解' });
  const before = await snapshot(fixture.em());
  const again = await fixture.run(police, CLOSE, { input: { leadId: lead.id, reason: '再次关闭', idempotencyKey: 'police-close-0002' } });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect(await snapshot(fixture.em())).toBe(before);
});

test.each([
  ['a date in the future', { sharedOn: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) }, 'input.sharedOn'],
  ['a place that is a resident, not a community or subdistrict', { placeId: 'RESIDENT' }, 'input.placeId'],
  ['an unknown department', { department: 'FIRE_BRIGADE' }, null],
  ['a summary too short', { summary: '吵架' }, 'input.summary'],
])('sharing with %s is BAD_USER_INPUT, writing nothing', async (_name, overrides, field) => {
  const building = fixture.territory.buildings[0];
  const [household] = fixture.territory.households(building);
  const resident = [...fixture.territory.residents(household)][0];
  const input = share(JSON.parse(JSON.stringify(overrides).replace('"RESIDENT"', JSON.stringify(resident.id))));
  const before = await snapshot(fixture.em());
  const result = await fixture.run(cityAdmin, SHARE, { input });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
  expect(await snapshot(fixture.em())).toBe(before);
});

test('leads of a subdistrict: summaries for the joint session\'s members in scope, masked for mediators', async () => {
  const query = 'query ($id: ID!) { disputeLeads(subdistrictId: $id, first: 100) { totalCount edges { node { summary(reveal: MEDIATION) status } } } }';
  const keeper = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], [subdistrictId]), query, { id: subdistrictId });
  expect(keeper.errors).toBeUndefined();
  expect(keeper.data.disputeLeads.totalCount).toBeGreaterThan(0);
  expect(keeper.data.disputeLeads.edges.every((edge: any) => edge.node.summary !== '***')).toBe(true);
  const mediator = await fixture.run(viewerWith([Role.MEDIATOR], [subdistrictId]), query, { id: subdistrictId });
  expect(mediator.data.disputeLeads.edges.every((edge: any) => edge.node.summary === '***')).toBe(true);
  const outside = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], ['00000000-0000-4000-8000-000000000009']), query, { id: subdistrictId });
  expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
});

import { v4 as uuidv4 } from 'uuid';
import { Role } from '../../../../kit/auth/role';
import { errorCodes } from '../../../../kit/testing/execute';
import { biAnalyst, viewerWith } from '../../../../kit/testing/viewers';
import { Fulfilment } from '../../agreement/agreement.entity';
import { DisputeLead, LeadDepartment, LeadStatus } from '../../lead/dispute-lead.entity';
import { DisputeCategory as D } from '../../mediation-case/dispute.enums';
import { MediationCaseStatus as S, MediationLevel as L } from '../../mediation-case/lifecycle';
import { MediationTeamKind } from '../../team/mediation-team.entity';
import { buildCase, teamOf, type CaseSpec } from '../../test/case-builder';
import { createMediationFixture, type MediationFixture } from '../../test/mediation-fixture';

/**
 * A hand-made year (2020, before anything the seed writes) in two communities A and B of one
 * subdistrict and a community C of another; the expected figures below are counted by hand from
 * this list, not computed.
 *
 *   A1 NEIGHBOUR            CLOSED      agreed at COMMUNITY, FULFILLED            (registered at the period's first instant)
 *   A2 NEIGHBOUR            AGREED      agreed at GRID, fulfilment PENDING
 *   A3 FAMILY_MARRIAGE      CLOSED      handed up once, agreed at SUBDISTRICT, PARTLY_FULFILLED
 *   A4 WAGE_ARREARS         CLOSED      without agreement
 *   A5 NEIGHBOUR            WITHDRAWN
 *   A6 PROPERTY_MANAGEMENT  IN_MEDIATION
 *   B1 DAMAGE_COMPENSATION  AGREED      agreed at COMMUNITY, NOT_FULFILLED
 *   B2 NEIGHBOUR            FAILED
 *   C1 LAND                 CLOSED      handed up twice, agreed at JUDICIAL_OFFICE, FULFILLED
 *   outside the period: A at 2021-01-01T00:00Z (the period's end, exclusive) and at 2019-12-31T23:59Z
 * Leads shared in 2020: A three (OPEN, CLOSED, CONVERTED), B one CLOSED, the subdistrict one CLOSED; A one in 2021.
 */
const PERIOD = { from: '2020-01-01T00:00:00.000Z', to: '2021-01-01T00:00:00.000Z' };
const STATS = /* GraphQL */ `
  fragment figures on MediationStats {
    cases byCategory { category cases } byLevel { level cases } escalated withdrawn concluded agreed
    settledAtCommunity settledAtCommunityRate agreementRate fulfilmentChecked fulfilled fulfilmentRate leadsShared leadsResolved
    byTeam { cases agreed team { kind } }
  }
  query ($representations: [_Any!]!, $period: StatsPeriod) {
    _entities(representations: $representations) {
      ... on Community { mediationStats(period: $period) { ...figures } }
      ... on Subdistrict { mediationStats(period: $period) { ...figures } }
      ... on District { mediationStats(period: $period) { ...figures } }
    }
  }
`;

let fixture: MediationFixture;
let a: string;
let b: string;
let c: string;
let subdistrictId: string;
beforeAll(async () => {
  fixture = await createMediationFixture();
  const { communities } = fixture.territory;
  const [first] = communities;
  const sibling = communities.find((community) => community.id !== first.id && community.subdistrictId === first.subdistrictId)!;
  const elsewhere = communities.find((community) => community.subdistrictId !== first.subdistrictId)!;
  [a, b, c, subdistrictId] = [first.id, sibling.id, elsewhere.id, first.subdistrictId];
  const em = fixture.em();
  const at = (text: string) => new Date(text);
  const judicialOfC = await teamOf(em, c, MediationTeamKind.JUDICIAL_OFFICE);
  const specs: CaseSpec[] = [
    { communityId: a, category: D.NEIGHBOUR, status: S.CLOSED, registeredAt: at('2020-01-01T00:00:00Z'), agreement: { level: L.COMMUNITY, fulfilment: Fulfilment.FULFILLED } },
    { communityId: a, category: D.NEIGHBOUR, status: S.AGREED, level: L.GRID, registeredAt: at('2020-03-05T08:00:00Z'), agreement: { fulfilment: Fulfilment.PENDING } },
    { communityId: a, category: D.FAMILY_MARRIAGE, status: S.CLOSED, level: L.SUBDISTRICT, escalations: 1, registeredAt: at('2020-04-10T08:00:00Z'), agreement: { fulfilment: Fulfilment.PARTLY_FULFILLED } },
    { communityId: a, category: D.WAGE_ARREARS, status: S.CLOSED, registeredAt: at('2020-06-01T08:00:00Z'), agreement: false },
    { communityId: a, category: D.NEIGHBOUR, status: S.WITHDRAWN, registeredAt: at('2020-07-01T08:00:00Z') },
    { communityId: a, category: D.PROPERTY_MANAGEMENT, status: S.IN_MEDIATION, registeredAt: at('2020-12-31T23:59:59Z') },
    { communityId: b, category: D.DAMAGE_COMPENSATION, status: S.AGREED, registeredAt: at('2020-05-05T08:00:00Z'), agreement: { fulfilment: Fulfilment.NOT_FULFILLED } },
    { communityId: b, category: D.NEIGHBOUR, status: S.FAILED, registeredAt: at('2020-08-08T08:00:00Z') },
    { communityId: c, category: D.LAND, status: S.CLOSED, level: L.JUDICIAL_OFFICE, teamId: judicialOfC.id, escalations: 2, registeredAt: at('2020-09-09T08:00:00Z'), agreement: { fulfilment: Fulfilment.FULFILLED } },
    { communityId: a, category: D.NEIGHBOUR, status: S.REGISTERED, registeredAt: at('2021-01-01T00:00:00Z') },
    { communityId: a, category: D.NEIGHBOUR, status: S.REGISTERED, registeredAt: at('2019-12-31T23:59:00Z') },
  ];
  for (const spec of specs) await buildCase(em, spec);
  const lead = (communityId: string | null, sharedOn: string, status: LeadStatus) => Object.assign(new DisputeLead(), {
    id: uuidv4(), department: LeadDepartment.POLICE_STATION, category: D.NEIGHBOUR, summary: '线索', sharedOn, sharedBy: 'test', status,
    closeReason: status === LeadStatus.CLOSED ? '村内调解化解' : null, communityId, subdistrictId: communityId === c ? fixture.territory.communities.find((x) => x.id === c)!.subdistrictId : subdistrictId,
  });
  for (const row of [
    lead(a, '2020-02-01', LeadStatus.OPEN), lead(a, '2020-02-01', LeadStatus.CLOSED), lead(a, '2020-12-31', LeadStatus.CONVERTED),
    lead(b, '2020-06-30', LeadStatus.CLOSED), lead(null, '2020-01-01', LeadStatus.CLOSED), lead(a, '2021-01-01', LeadStatus.CLOSED),
  ]) await em.insert(row);
});
afterAll(() => fixture.close());

async function stats(viewer: ReturnType<typeof viewerWith>, typename: string, id: string) {
  const result = await fixture.run(viewer, STATS, { representations: [{ __typename: typename, id }], period: PERIOD });
  expect(result.errors).toBeUndefined();
  return result.data._entities[0].mediationStats;
}

test('community A, counted by hand', async () => {
  expect(await stats(biAnalyst, 'Community', a)).toEqual({
    cases: 6,
    byCategory: [
      { category: 'NEIGHBOUR', cases: 3 }, { category: 'FAMILY_MARRIAGE', cases: 1 },
      { category: 'PROPERTY_MANAGEMENT', cases: 1 }, { category: 'WAGE_ARREARS', cases: 1 },
    ],
    byLevel: [{ level: 'GRID', cases: 1 }, { level: 'COMMUNITY', cases: 4 }, { level: 'SUBDISTRICT', cases: 1 }],
    escalated: 1, withdrawn: 1, concluded: 4, agreed: 3,
    settledAtCommunity: 2, settledAtCommunityRate: 0.5, agreementRate: 0.75,
    fulfilmentChecked: 2, fulfilled: 1, fulfilmentRate: 0.5,
    leadsShared: 3, leadsResolved: 2,
    byTeam: [{ cases: 5, agreed: 2, team: { kind: 'COMMITTEE' } }, { cases: 1, agreed: 1, team: { kind: 'SUBDISTRICT_CENTRE' } }],
  });
});

test('community B, counted by hand: a failed case is not concluded', async () => {
  expect(await stats(biAnalyst, 'Community', b)).toMatchObject({
    cases: 2, concluded: 1, agreed: 1, settledAtCommunity: 1, settledAtCommunityRate: 1, agreementRate: 1,
    fulfilmentChecked: 1, fulfilled: 0, fulfilmentRate: 0, leadsShared: 1, leadsResolved: 1, escalated: 0,
  });
});

test('the subdistrict is A and B together, with its own leads', async () => {
  expect(await stats(biAnalyst, 'Subdistrict', subdistrictId)).toMatchObject({
    cases: 8, concluded: 5, agreed: 4, settledAtCommunity: 3, settledAtCommunityRate: 0.6, agreementRate: 0.8,
    fulfilmentChecked: 3, fulfilled: 1, fulfilmentRate: 0.3333, escalated: 1, withdrawn: 1, leadsShared: 5, leadsResolved: 4,
    byLevel: [{ level: 'GRID', cases: 1 }, { level: 'COMMUNITY', cases: 6 }, { level: 'SUBDISTRICT', cases: 1 }],
  });
});

test('the district adds C, settled at the judicial office', async () => {
  expect(await stats(biAnalyst, 'District', fixture.territory.district.id)).toMatchObject({
    cases: 9, concluded: 6, agreed: 5, settledAtCommunity: 3, settledAtCommunityRate: 0.5, agreementRate: 0.8333,
    fulfilmentChecked: 4, fulfilled: 2, fulfilmentRate: 0.5, escalated: 2, withdrawn: 1, leadsShared: 5, leadsResolved: 4,
    byLevel: [{ level: 'GRID', cases: 1 }, { level: 'COMMUNITY', cases: 6 }, { level: 'SUBDISTRICT', cases: 1 }, { level: 'JUDICIAL_OFFICE', cases: 1 }],
  });
});

test('stats are for readers in scope: another community\'s staff read null, the district is for city-wide readers', async () => {
  const elsewhere = viewerWith([Role.COMMUNITY_STAFF], [c]);
  expect(await stats(elsewhere, 'Community', a)).toBeNull();
  expect(await stats(viewerWith([Role.COMMUNITY_STAFF], [a]), 'Community', a)).toMatchObject({ cases: 6 });
  expect(await stats(viewerWith([Role.SUBDISTRICT_ADMIN], [subdistrictId]), 'District', fixture.territory.district.id)).toBeNull();
});

test('a period that does not end after it starts is BAD_USER_INPUT on period.to', async () => {
  const result = await fixture.run(biAnalyst, STATS, { representations: [{ __typename: 'Community', id: a }], period: { from: PERIOD.to, to: PERIOD.from } });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions!.field).toBe('period.to');
});

test('community A by quarter in China time, counted by hand: A6 (31 December 23:59 UTC) is already 2021 in China', async () => {
  const query = `query ($representations: [_Any!]!, $period: StatsPeriod) {
    _entities(representations: $representations) { ... on Community { mediationStats(period: $period) {
      series(interval: QUARTER) { start end cases escalated withdrawn concluded agreed settledAtCommunity settledAtCommunityRate agreementRate fulfilmentChecked fulfilled fulfilmentRate }
    } } }
  }`;
  const result = await fixture.run(biAnalyst, query, { representations: [{ __typename: 'Community', id: a }], period: PERIOD });
  expect(result.errors).toBeUndefined();
  const none = { cases: 0, escalated: 0, withdrawn: 0, concluded: 0, agreed: 0, settledAtCommunity: 0, settledAtCommunityRate: null, agreementRate: null, fulfilmentChecked: 0, fulfilled: 0, fulfilmentRate: null };
  expect(result.data._entities[0].mediationStats.series).toEqual([
    // A1 agreed at community and fulfilled, A2 agreed at grid and pending.
    { start: '2020-01-01T00:00:00.000Z', end: '2020-03-31T16:00:00.000Z', ...none, cases: 2, concluded: 2, agreed: 2, settledAtCommunity: 2, settledAtCommunityRate: 1, agreementRate: 1, fulfilmentChecked: 1, fulfilled: 1, fulfilmentRate: 1 },
    // A3 handed up and agreed at the subdistrict, partly fulfilled; A4 closed without agreement.
    { start: '2020-03-31T16:00:00.000Z', end: '2020-06-30T16:00:00.000Z', ...none, cases: 2, escalated: 1, concluded: 2, agreed: 1, settledAtCommunityRate: 0, agreementRate: 0.5, fulfilmentChecked: 1, fulfilmentRate: 0 },
    // A5 withdrawn.
    { start: '2020-06-30T16:00:00.000Z', end: '2020-09-30T16:00:00.000Z', ...none, cases: 1, withdrawn: 1 },
    { start: '2020-09-30T16:00:00.000Z', end: '2020-12-31T16:00:00.000Z', ...none },
    // A6, still in mediation.
    { start: '2020-12-31T16:00:00.000Z', end: '2021-01-01T00:00:00.000Z', ...none, cases: 1 },
  ]);
});

test('cases by category carry their outcomes, counted by hand (community A)', async () => {
  const result = await fixture.run(biAnalyst, `query ($representations: [_Any!]!, $period: StatsPeriod) {
    _entities(representations: $representations) { ... on Community { mediationStats(period: $period) { byCategory { category cases escalated withdrawn concluded agreed settledAtCommunity } } } }
  }`, { representations: [{ __typename: 'Community', id: a }], period: PERIOD });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities[0].mediationStats.byCategory).toEqual([
    // A1 and A2 agreed in the community, A5 withdrawn.
    { category: 'NEIGHBOUR', cases: 3, escalated: 0, withdrawn: 1, concluded: 2, agreed: 2, settledAtCommunity: 2 },
    { category: 'FAMILY_MARRIAGE', cases: 1, escalated: 1, withdrawn: 0, concluded: 1, agreed: 1, settledAtCommunity: 0 },
    { category: 'PROPERTY_MANAGEMENT', cases: 1, escalated: 0, withdrawn: 0, concluded: 0, agreed: 0, settledAtCommunity: 0 },
    { category: 'WAGE_ARREARS', cases: 1, escalated: 0, withdrawn: 0, concluded: 1, agreed: 0, settledAtCommunity: 0 },
  ]);
});

import { cityAdmin } from '../../../kit/testing/viewers';
import { CaseParty } from '../mediation-case/case-party.entity';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { createMediationFixture, type MediationFixture } from './mediation-fixture';

/** Every relation of a case a client can walk, at once. */
const CASES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on MediationCase {
        id description overdue gridEvent { id } community { id }
        parties { role name affiliation resident { id } }
        mediators { role mediator { name kind caseload { cases open } team { name caseload { cases agreed } } } }
        sessions { heldOn discussed outcome attendees { role mediatorId partyId } }
        agreement { terms compensationFen fulfilment payer { name } payee { role } }
        history { sequence command takenOverBy { name } }
        team { name mediators { name } }
        eligibleTeams { name caseload { open } }
        lead { department summary mediationCase { id } }
      }
    }
  }
`;

const CONTRIBUTED = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Community {
        mediationCases(first: 5) { totalCount edges { node { id parties { name } agreement { terms } } } }
        mediationStats { cases agreed settledAtCommunityRate series(interval: QUARTER) { cases agreed } byCategory { category cases } byLevel { level cases } byTeam { cases team { name } } leadsShared }
      }
      ... on Resident { residentCases: mediationCases { id description history { command } } }
    }
  }
`;

let fixture: MediationFixture;
beforeAll(async () => {
  fixture = await createMediationFixture();
});
afterAll(() => fixture.close());

test('the whole case graph costs the same statements for a handful of cases as for all of them', async () => {
  const cases = await fixture.em().find(MediationCase, {}, { orderBy: { id: 'ASC' } });
  expect(cases.length).toBeGreaterThan(25);
  // The handful holds one case of every kind the whole has (from a lead or an event, each status,
  // handed up or not, each team holding cases), so the two meet the same kinds of rows and differ only in size.
  const kindOf = (kase: MediationCase) => [kase.leadId !== null, kase.gridEventId !== null, kase.status, kase.escalations > 0, kase.teamId].join();
  const handful = [...new Map(cases.map((kase) => [kindOf(kase), kase])).values()];
  expect(handful.length).toBeLessThan(cases.length * 0.6);
  const representations = (chosen: MediationCase[]) => chosen.map((kase) => ({ __typename: 'MediationCase', id: kase.id }));
  const small = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CASES, { representations: representations(handful) }));
  expect(small.result.errors).toBeUndefined();
  const large = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CASES, { representations: representations(cases) }));
  expect(large.result.errors).toBeUndefined();
  expect(large.result.data._entities).toHaveLength(cases.length);
  expect(large.result.data._entities.filter((kase: any) => kase.agreement && kase.sessions.length > 0).length).toBeGreaterThan(10);
  expect(large.statements).toBe(small.statements);
  // The stats' series is one of them.
  expect(large.statements).toBeLessThanOrEqual(21);
  console.info(`mediation cases: ${small.statements} SQL statements for ${handful.length} cases, ${large.statements} for ${cases.length}`);
});

test('a page of cases costs the same statements at 5 as at 100', async () => {
  const page = /* GraphQL */ `query ($first: Int!) { mediationCases(first: $first) { totalCount edges { node { id description parties { name } agreement { terms } history { command } } } } }`;
  const small = await fixture.queryLog.measure(() => fixture.run(cityAdmin, page, { first: 5 }));
  const large = await fixture.queryLog.measure(() => fixture.run(cityAdmin, page, { first: 100 }));
  expect([small.result.errors, large.result.errors]).toEqual([undefined, undefined]);
  expect(large.result.data.mediationCases.edges.length).toBeGreaterThan(25);
  expect(large.statements).toBe(small.statements);
});

test("communities' cases and stats, and residents' cases, through _entities cost the same at two sizes", async () => {
  const { communities } = fixture.territory;
  const parties = await fixture.em().find(CaseParty, { residentId: { $ne: null } }, { orderBy: { id: 'ASC' } });
  const residentIds = [...new Set(parties.map((party) => party.residentId!))];
  const representations = (communityCount: number, residentCount: number) => [
    ...communities.slice(0, communityCount).map((community) => ({ __typename: 'Community', id: community.id })),
    ...residentIds.slice(0, residentCount).map((id) => ({ __typename: 'Resident', id })),
  ];
  const small = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: representations(1, 2) }));
  expect(small.result.errors).toBeUndefined();
  const large = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: representations(communities.length, residentIds.length) }));
  expect(large.result.errors).toBeUndefined();
  expect(residentIds.length).toBeGreaterThan(10);

  expect(large.statements).toBe(small.statements);
  console.info(`mediation _entities: ${small.statements} SQL statements for 1 community and 2 residents, ${large.statements} for ${communities.length} and ${residentIds.length}`);
});

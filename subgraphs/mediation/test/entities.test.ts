import { Role } from '../../../kit/auth/role';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { Agreement } from '../agreement/agreement.entity';
import { DisputeLead } from '../lead/dispute-lead.entity';
import { CaseParty } from '../mediation-case/case-party.entity';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { MediationTeam } from '../team/mediation-team.entity';
import { Mediator } from '../team/mediator.entity';
import { createMediationFixture, type MediationFixture } from './mediation-fixture';

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on MediationCase { id category status level }
      ... on MediationTeam { id name kind }
      ... on Mediator { id mediatorKind: kind team { id } }
      ... on DisputeLead { id department leadStatus: status }
      ... on GridEvent { id mediationCase { id } }
      ... on Resident { id residentCases: mediationCases(reveal: MEDIATION) { id } }
      ... on Community { id mediationCases(first: 3) { totalCount } mediationStats { cases } }
      ... on Subdistrict { id mediationStats { cases } }
      ... on District { id mediationStats { cases } }
    }
  }
`;

let fixture: MediationFixture;
beforeAll(async () => {
  fixture = await createMediationFixture();
});
afterAll(() => fixture.close());

const first = async <T extends object>(entity: new () => T, where: object = {}): Promise<T> =>
  (await fixture.em().find(entity, where, { limit: 1, orderBy: { id: 'ASC' } as never }))[0];

test('resolves a reference of every key type mediation owns, and null for an unknown or malformed id', async () => {
  const kase = await first(MediationCase);
  const team = await first(MediationTeam);
  const mediator = await first(Mediator);
  const lead = await first(DisputeLead);
  const unknown = '00000000-0000-4000-8000-000000000000';
  const result = await fixture.run(cityAdmin, ENTITIES, {
    representations: [
      { __typename: 'MediationCase', id: kase.id }, { __typename: 'MediationTeam', id: team.id },
      { __typename: 'Mediator', id: mediator.id }, { __typename: 'DisputeLead', id: lead.id },
      { __typename: 'MediationCase', id: unknown }, { __typename: 'MediationTeam', id: 'not-a-uuid' },
      { __typename: 'Mediator', id: unknown }, { __typename: 'DisputeLead', id: unknown },
    ],
  });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toEqual([
    { __typename: 'MediationCase', id: kase.id, category: kase.category, status: kase.status, level: kase.level },
    { __typename: 'MediationTeam', id: team.id, name: team.name, kind: team.kind },
    { __typename: 'Mediator', id: mediator.id, mediatorKind: mediator.kind, team: { id: mediator.teamId } },
    { __typename: 'DisputeLead', id: lead.id, department: lead.department, leadStatus: lead.status },
    null, null, null, null,
  ]);
});

test('a case resolves by reference only for who may see it', async () => {
  const kase = await first(MediationCase);
  const representations = [{ __typename: 'MediationCase', id: kase.id }];
  const elsewhere = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], ['00000000-0000-4000-8000-000000000009']), ENTITIES, { representations });
  expect(elsewhere.data._entities).toEqual([null]);
  const inScope = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], [kase.communityId]), ENTITIES, { representations });
  expect(inScope.data._entities[0].id).toBe(kase.id);
});

test('resolves the grids entities mediation contributes to, from their id alone', async () => {
  const party = await first(CaseParty, { residentId: { $ne: null } });
  const kase = await fixture.em().findOneOrFail(MediationCase, { id: party.caseId });
  const { territory } = fixture;
  const result = await fixture.run(cityAdmin, ENTITIES, {
    representations: [
      { __typename: 'GridEvent', id: '00000000-0000-4000-8000-000000000001' },
      { __typename: 'Resident', id: party.residentId },
      { __typename: 'Community', id: kase.communityId },
      { __typename: 'Subdistrict', id: kase.subdistrictId },
      { __typename: 'District', id: territory.district.id },
    ],
  });
  expect(result.errors).toBeUndefined();
  const [event, resident, community, subdistrict, district] = result.data._entities;
  expect(event).toEqual({ __typename: 'GridEvent', id: '00000000-0000-4000-8000-000000000001', mediationCase: null });
  expect(resident.residentCases.map((entry: { id: string }) => entry.id)).toContain(kase.id);
  const inCommunity = await fixture.em().count(MediationCase, { communityId: kase.communityId });
  expect(community.mediationCases.totalCount).toBe(inCommunity);
  expect(community.mediationStats.cases).toBeGreaterThan(0);
  expect(subdistrict.mediationStats.cases).toBeGreaterThanOrEqual(community.mediationStats.cases);
  // Without a period: the twelve months up to now.
  expect(district.mediationStats.cases).toBe(await fixture.em().count(MediationCase, { registeredAt: { $gte: new Date(Date.now() - 365 * 86_400_000) } }));
});

test("a team's caseload counts the cases it holds, the open ones and those with an agreement", async () => {
  const em = fixture.em();
  const [team] = await em.find(MediationTeam, { kind: 'COMMITTEE' as never }, { limit: 1, orderBy: { id: 'ASC' } });
  const held = await em.find(MediationCase, { teamId: team.id });
  const open = held.filter((kase) => ['REGISTERED', 'IN_MEDIATION', 'FAILED', 'ESCALATED'].includes(kase.status)).length;
  const agreed = await em.count(Agreement, { caseId: { $in: held.map((kase) => kase.id) } });
  const result = await fixture.run(cityAdmin, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on MediationTeam { caseload { cases open agreed } } } }', {
    r: [{ __typename: 'MediationTeam', id: team.id }],
  });
  expect(held.length).toBeGreaterThan(0);
  expect(result.data._entities[0].caseload).toEqual({ cases: held.length, open, agreed });
});

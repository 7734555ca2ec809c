import { Role } from '../../../kit/auth/role';
import { auditEntries } from '../../../kit/testing/audit-entries';
import { errorCodes } from '../../../kit/testing/execute';
import { biAnalyst, viewerWith } from '../../../kit/testing/viewers';
import type { Viewer } from '../../../kit/auth/viewer';
import { MediationCaseStatus as S } from '../mediation-case/lifecycle';
import { buildCase, type BuiltCase } from './case-builder';
import { createMediationFixture, type MediationFixture } from './mediation-fixture';

const CASE = /* GraphQL */ `
  query ($id: ID!, $reason: RevealReason = MEDIATION) {
    mediationCase(id: $id) {
      id description(reveal: $reason)
      parties { name(reveal: $reason) affiliation(reveal: $reason) resident(reveal: $reason) { id } }
      sessions { discussed(reveal: $reason) }
      agreement { terms(reveal: $reason) compensationFen }
    }
  }
`;

let fixture: MediationFixture;
let built: BuiltCase;
let residentId: string;
beforeAll(async () => {
  fixture = await createMediationFixture();
  const { territory } = fixture;
  const community = territory.communities[0];
  const building = territory.buildings.find((candidate) => candidate.communityId === community.id)!;
  const [household] = territory.households(building);
  residentId = [...territory.residents(household)][0].id;
  built = await buildCase(fixture.em(), { communityId: community.id, status: S.AGREED, residentIds: [residentId] });
});
afterAll(() => fixture.close());

let requests = 0;
/** Runs as `viewer`, then reads back the audit entries the request wrote. */
async function runAudited(viewer: Viewer, query: string, variables: Record<string, unknown>) {
  const requestId = `mediation-audit-${(requests += 1)}`;
  const result = await fixture.run(viewer, query, variables, { requestId });
  const audits = (await auditEntries(fixture.em(), { requestId })).map(({ viewerId, subjectId, field, reason }) => ({ viewer: viewerId, subjectId, field, reason }));
  return { result, audits };
}

test('community staff in scope read the dispute unmasked, and every field read is audited', async () => {
  const { result, audits } = await runAudited(viewerWith([Role.COMMUNITY_STAFF], [built.kase.communityId], 'staff-1'), CASE, { id: built.kase.id });
  expect(result.errors).toBeUndefined();
  expect(result.data.mediationCase).toMatchObject({
    description: built.kase.description,
    parties: [{ name: null, affiliation: null, resident: { id: residentId } }, { name: '李大明', affiliation: null, resident: null }],
    agreement: { terms: '被申请人赔偿维修费', compensationFen: 150_000 },
  });
  expect(audits.map((line) => line.field).sort()).toEqual(['Agreement.terms', 'CaseParty.name', 'CaseParty.resident', 'MediationCase.description']);
  expect(audits.every((line) => line.viewer === 'staff-1' && line.subjectId === built.kase.id)).toBe(true);
});

test('a grid worker in scope sees the case but not the dispute: masked, hidden, nothing audited', async () => {
  const { result, audits } = await runAudited(viewerWith([Role.GRID_WORKER], [built.kase.communityId]), CASE, { id: built.kase.id });
  expect(result.errors).toBeUndefined();
  expect(result.data.mediationCase).toMatchObject({
    description: '***',
    parties: [{ name: null, resident: null }, { name: '李*明', resident: null }],
    agreement: { terms: '***', compensationFen: 150_000 },
  });
  expect(audits).toEqual([]);
});

test('a mediator assigned to the case reads it unmasked (audited); BI reads no case rows at all', async () => {
  // A mediator's token is scoped to where their team works; the case's details are theirs by assignment.
  const mine = await runAudited(viewerWith([Role.MEDIATOR], [built.kase.communityId], built.mediator!.accountId!), CASE, { id: built.kase.id });
  expect(mine.result.data.mediationCase.description).toBe(built.kase.description);
  expect(mine.audits.length).toBeGreaterThan(0);
  const other = await fixture.run(viewerWith([Role.MEDIATOR], [built.kase.communityId], 'mediator-not-on-the-case'), CASE, { id: built.kase.id });
  expect(other.data.mediationCase.description).toBe('***');
  const bi = await fixture.run(biAnalyst, CASE, { id: built.kase.id });
  expect(errorCodes(bi)).toEqual(['FORBIDDEN']);
});

test("Resident.mediationCases lists a resident's cases only for who may see the dispute", async () => {
  const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { mediationCases(reveal: MEDIATION) { id } } } }';
  const representations = [{ __typename: 'Resident', id: residentId }];
  const staff = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], [built.kase.communityId]), query, { r: representations });
  expect(staff.data._entities[0].mediationCases.map((kase: { id: string }) => kase.id)).toContain(built.kase.id);
  const gridWorker = await fixture.run(viewerWith([Role.GRID_WORKER], [built.kase.communityId]), query, { r: representations });
  expect(gridWorker.data._entities[0].mediationCases).toEqual([]);
  const elsewhere = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], ['00000000-0000-4000-8000-000000000009']), query, { r: representations });
  expect(elsewhere.data._entities[0].mediationCases).toEqual([]);
});

import { Role } from '../../../../kit/auth/role';
import type { Viewer } from '../../../../kit/auth/viewer';
import { auditEntries } from '../../../../kit/testing/audit-entries';
import { biAnalyst, viewerWith } from '../../../../kit/testing/viewers';
import { createElderlyFixture, type ElderlyFixture } from '../../test/elderly-fixture';
import { ElderProfile } from '../elder-profile.entity';

const PROFILE = /* GraphQL */ `
  query ($representations: [_Any!]!, $reason: RevealReason) {
    _entities(representations: $representations) {
      ... on ElderProfile {
        id age(reveal: $reason) livingSituation(reveal: $reason) hardship(reveal: $reason) disability(reveal: $reason) dietaryNeeds(reveal: $reason)
        careLevel(reveal: $reason) certificationDueOn(reveal: $reason) certificationOverdue(reveal: $reason)
        homeVisits(reveal: $reason) { id visitors(reveal: $reason) outcome(reveal: $reason) }
      }
    }
  }
`;

let fixture: ElderlyFixture;
let profile: ElderProfile;
beforeAll(async () => {
  fixture = await createElderlyFixture();
  // An elder with at least one visit, so masking the visit list is visible.
  const [row] = await fixture.em().getConnection().execute('select profile_id from home_visit order by id limit 1');
  profile = (await fixture.em().findOne(ElderProfile, { id: row.profile_id }))!;
});
afterAll(() => fixture.close());

let requests = 0;
/** Runs the query as `viewer`, giving `reason` (absent: none), and reads back the audit entries the request wrote. */
async function read(viewer: Viewer, reason: string | null = 'ELDER_CARE') {
  const requestId = `elder-audit-${(requests += 1)}`;
  const result = await fixture.run(viewer, PROFILE, { representations: [{ __typename: 'ElderProfile', id: profile.id }], reason }, { requestId });
  expect(result.errors).toBeUndefined();
  const audit = (await auditEntries(fixture.em(), { requestId })).map(({ viewerId, subjectType, field, reason: why }) => ({ viewer: viewerId, subjectType, field, reason: why }));
  return { shown: (result.data as any)._entities[0], audit };
}

test('community staff of the elder\'s community see health and care needs, and every field read is audited', async () => {
  const { shown, audit } = await read(viewerWith([Role.COMMUNITY_STAFF], [profile.communityId], 'staff-1'));
  expect(shown).toEqual(expect.objectContaining({
    livingSituation: profile.livingSituation, hardship: profile.hardship, disability: profile.disability,
    dietaryNeeds: profile.dietaryNeeds, careLevel: profile.careLevel, certificationDueOn: profile.certificationDueOn,
  }));
  expect(shown.homeVisits.length).toBeGreaterThan(0);
  expect(shown.homeVisits[0].outcome).toEqual(expect.any(String));
  const fields = audit.map((line) => line.field);
  for (const field of ['age', 'livingSituation', 'hardship', 'disability', 'dietaryNeeds', 'careLevel', 'certificationDueOn', 'homeVisits', 'outcome']) {
    expect(fields).toContain(field);
  }
  expect(audit.every((line) => line.viewer === 'staff-1' && ['ElderProfile', 'HomeVisit'].includes(line.subjectType!) && line.reason === 'ELDER_CARE')).toBe(true);
});

test('without a reason community staff see none of it either, and nothing is audited', async () => {
  const { shown, audit } = await read(viewerWith([Role.COMMUNITY_STAFF], [profile.communityId], 'staff-1'), null);
  expect(shown).toMatchObject({ livingSituation: null, hardship: null, careLevel: null, homeVisits: [] });
  expect(audit).toEqual([]);
});

test.each([
  ['staff of another community', viewerWith([Role.COMMUNITY_STAFF], ['00000000-0000-4000-8000-000000000000'])],
  ['a service-point operator', viewerWith([Role.SERVICE_POINT_OPERATOR], [])],
])('%s sees none of it, and nothing is audited', async (_who, viewer) => {
  const { shown, audit } = await read(viewer);
  expect(shown).toEqual({
    id: profile.id, age: null, livingSituation: null, hardship: null, disability: null, dietaryNeeds: null, careLevel: null,
    certificationDueOn: null, certificationOverdue: null, homeVisits: [],
  });
  expect(audit).toEqual([]);
});

test('a BI analyst does not learn which residents are elders: Resident.elderProfile and the ElderProfile reference are null', async () => {
  const result = await fixture.run(biAnalyst, `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Resident { elderProfile { id } } ... on ElderProfile { id } } }`,
  { representations: [{ __typename: 'Resident', id: profile.residentId }, { __typename: 'ElderProfile', id: profile.id }] });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toEqual([{ elderProfile: null }, null]);
});

test('community staff list the elders whose pension certification is overdue (养老认证逾期), as a hand count finds them; others may not', async () => {
  const staff = viewerWith([Role.COMMUNITY_STAFF], [profile.communityId]);
  const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Community { elderProfiles(first: 100, where: { certificationOverdue: true }) { totalCount edges { node { id certificationDueOn } } } } } }`;
  const representations = [{ __typename: 'Community', id: profile.communityId }];
  const result = await fixture.run(staff, query, { representations });
  expect(result.errors).toBeUndefined();
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const overdue = (await fixture.em().find(ElderProfile, { communityId: profile.communityId })).filter((row) => row.certificationDueOn < today);
  expect(overdue.length).toBeGreaterThan(0);
  const listed = result.data._entities[0].elderProfiles;
  expect(listed.totalCount).toBe(overdue.length);
  expect(listed.edges.map((edge: any) => edge.node.id).sort()).toEqual(overdue.map((row) => row.id).sort());
  const outsider = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], ['00000000-0000-4000-8000-000000000000']), query, { representations });
  expect(outsider.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
});

import { Role } from '../../../kit/auth/role';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { createHandFixture, HAND, registerHandMembers, type HandFixture } from './hand-fixture';

let fixture: HandFixture;
let members: Awaited<ReturnType<typeof registerHandMembers>>;
beforeAll(async () => {
  fixture = await createHandFixture();
  members = await registerHandMembers(fixture);
});
afterAll(() => fixture.close());

const COMPLIANCE = /* GraphQL */ `
  query ($communityId: ID!, $year: Int!, $all: Boolean!) {
    inServiceCompliance(communityId: $communityId, year: $year, onlyNonCompliant: $all, first: 10) {
      totalCount
      edges { node { member { id } services hours registered compliant } }
    }
  }
`;

test('the compliance query lists in-service members below 4 services or 20 hours in the year', async () => {
  const result = await fixture.run(cityAdmin, COMPLIANCE, { communityId: HAND.communityA, year: 2025, all: true });
  expect(result.errors).toBeUndefined();
  // m3 never served (0 h), m2 served 5 times but 15 h; m1 (4 × 5 h = 20 h) complies; m2's 2024 service does not count.
  expect(result.data.inServiceCompliance).toEqual({
    totalCount: 2,
    edges: [
      { node: { member: { id: members.m3 }, services: 0, hours: 0, registered: false, compliant: false } },
      { node: { member: { id: members.m2 }, services: 5, hours: 15, registered: true, compliant: false } },
    ],
  });
  const b = await fixture.run(cityAdmin, COMPLIANCE, { communityId: HAND.communityB, year: 2025, all: true });
  expect(b.data.inServiceCompliance.edges).toEqual([
    { node: { member: { id: members.m6 }, services: 3, hours: 24, registered: true, compliant: false } },
  ]);
  const everyone = await fixture.run(cityAdmin, COMPLIANCE, { communityId: HAND.communityA, year: 2025, all: false });
  expect(everyone.data.inServiceCompliance.totalCount).toBe(3);
  expect(everyone.data.inServiceCompliance.edges[2].node).toEqual({ member: { id: members.m1 }, services: 4, hours: 20, registered: true, compliant: true });
  const in2024 = await fixture.run(cityAdmin, COMPLIANCE, { communityId: HAND.communityA, year: 2024, all: false });
  expect(in2024.data.inServiceCompliance.edges.map((edge: any) => [edge.node.services, edge.node.hours])).toEqual([[0, 0], [0, 0], [1, 10]]);
});

test('the compliance query refuses an unknown community, and one outside the caller scope', async () => {
  const unknown = await fixture.run(cityAdmin, COMPLIANCE, { communityId: HAND.compounds.A1, year: 2025, all: true });
  expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityId' });
  const organizerOfB = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityB]);
  const outside = await fixture.run(organizerOfB, COMPLIANCE, { communityId: HAND.communityA, year: 2025, all: true });
  expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const bi = await fixture.run(viewerWith([Role.BI_ANALYST]), COMPLIANCE, { communityId: HAND.communityA, year: 2025, all: true });
  expect(bi.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

const STATS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Community { partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { ...figures } }
      ... on Subdistrict { partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { ...figures } }
    }
  }
  fragment figures on PartyStats {
    from to members membersByCategory { category count } compounds compoundsWithBranch branchCoverage fullCoverage
    centralHouseholds inServiceMembers inServiceRegistered inServiceCompliant complianceRate
  }
`;

const byCategory = (direct: number | null, retired: number | null, inService: number | null, mobile: number | null) => [
  { category: 'DIRECT', count: direct },
  { category: 'RETIRED', count: retired },
  { category: 'IN_SERVICE', count: inService },
  { category: 'MOBILE', count: mobile },
];

test('partyStats of communities and the subdistrict match the hand count', async () => {
  const result = await fixture.run(cityAdmin, STATS, {
    representations: [
      { __typename: 'Community', id: HAND.communityA },
      { __typename: 'Community', id: HAND.communityB },
      { __typename: 'Subdistrict', id: HAND.subdistrict },
    ],
  });
  expect(result.errors).toBeUndefined();
  const [a, b, s] = result.data._entities.map((entity: any) => entity.partyStats);
  expect(a).toEqual({
    from: '2025-01-01', to: '2026-01-01', members: 5, membersByCategory: byCategory(1, 1, 3, 0), compounds: 3, compoundsWithBranch: 2, branchCoverage: 0.6667,
    fullCoverage: false, centralHouseholds: 1, inServiceMembers: 3, inServiceRegistered: 2, inServiceCompliant: 1, complianceRate: 0.3333,
  });
  expect(b).toEqual({
    from: '2025-01-01', to: '2026-01-01', members: 1, membersByCategory: byCategory(0, 0, 1, 0), compounds: 1, compoundsWithBranch: 1, branchCoverage: 1,
    fullCoverage: true, centralHouseholds: 0, inServiceMembers: 1, inServiceRegistered: 1, inServiceCompliant: 0, complianceRate: 0,
  });
  expect(s).toEqual({
    from: '2025-01-01', to: '2026-01-01', members: 6, membersByCategory: byCategory(1, 1, 4, 0), compounds: 4, compoundsWithBranch: 3, branchCoverage: 0.75,
    fullCoverage: false, centralHouseholds: 1, inServiceMembers: 4, inServiceRegistered: 3, inServiceCompliant: 1, complianceRate: 0.25,
  });
});

test('BI sees small groups suppressed, and whatever would give one away by subtraction; compounds and coverage are not people', async () => {
  const result = await fixture.run(viewerWith([Role.BI_ANALYST]), STATS, {
    representations: [
      { __typename: 'Community', id: HAND.communityA },
      { __typename: 'Community', id: HAND.communityB },
      { __typename: 'Subdistrict', id: HAND.subdistrict },
    ],
  });
  expect(result.errors).toBeUndefined();
  const [a, b, s] = result.data._entities.map((entity: any) => entity.partyStats);
  // By hand, from the figures above: every count 1–4 is hidden (A: ledgers 1, 1, 3, central 1,
  // registered 2, compliant 1; B: members 1, in-service 1, registered 1; S: ledgers 1, 1, 4, central
  // 1, registered 3, compliant 1). S's members (6) = A's (5) + B's (1): with only B's hidden it would
  // be 6 − 5, so A's 5 is hidden with it. Zeros are no group and stay; a rate over a hidden count goes.
  expect(a).toEqual({
    from: '2025-01-01', to: '2026-01-01', members: null, membersByCategory: byCategory(null, null, null, 0), compounds: 3, compoundsWithBranch: 2, branchCoverage: 0.6667,
    fullCoverage: false, centralHouseholds: null, inServiceMembers: null, inServiceRegistered: null, inServiceCompliant: null, complianceRate: null,
  });
  expect(b).toEqual({
    from: '2025-01-01', to: '2026-01-01', members: null, membersByCategory: byCategory(0, 0, null, 0), compounds: 1, compoundsWithBranch: 1, branchCoverage: 1,
    fullCoverage: true, centralHouseholds: 0, inServiceMembers: null, inServiceRegistered: null, inServiceCompliant: 0, complianceRate: null,
  });
  expect(s).toEqual({
    from: '2025-01-01', to: '2026-01-01', members: 6, membersByCategory: byCategory(null, null, null, 0), compounds: 4, compoundsWithBranch: 3, branchCoverage: 0.75,
    fullCoverage: false, centralHouseholds: null, inServiceMembers: null, inServiceRegistered: null, inServiceCompliant: null, complianceRate: null,
  });
});

test('BI gets the same suppression whichever places one query asks for (regression: a community asked alone showed 5 members, S − A gave B)', async () => {
  const alone = await fixture.run(viewerWith([Role.BI_ANALYST]), STATS, { representations: [{ __typename: 'Community', id: HAND.communityA }] });
  expect(alone.data._entities[0].partyStats.members).toBeNull();
});

test('points approved by the organisation rank members within the branch; equal totals share a rank', async () => {
  const submit = async (memberId: string, points: number) =>
    (await fixture.command('submitPoints', '{ entry { id status } }', { memberId, year: 2025, quarter: 1, source: 'BRANCH_RECORD', points, reason: '参加主题党日' })).entry.id as string;
  const approve = (entryId: string) => fixture.command('approvePoints', '{ entry { status } }', { entryId });
  await approve(await submit(members.m1, 5));
  await approve(await submit(members.m1, 3));
  await approve(await submit(members.m2, 8));
  const rejected = await submit(members.m2, 2);
  await fixture.command('rejectPoints', '{ entry { status } }', { entryId: rejected });
  await submit(members.m3, 4); // still awaiting review: does not count
  const result = await fixture.run(cityAdmin, `
    query ($id: ID!) {
      partyOrganization(id: $id) {
        pointsRanking(year: 2025, quarter: 1) { totalCount edges { node { member { id quarterPoints(year: 2025, quarter: 1) } total rank } } }
      }
    }`, { id: HAND.organizations.branchA1 });
  expect(result.errors).toBeUndefined();
  const standings = result.data.partyOrganization.pointsRanking.edges.map((edge: any) => [edge.node.member.id, edge.node.total, edge.node.rank, edge.node.member.quarterPoints]);
  const first = [members.m1, members.m2].sort();
  const last = [members.m3, members.m4].sort();
  expect(standings).toEqual([[first[0], 8, 1, 8], [first[1], 8, 1, 8], [last[0], 0, 3, 0], [last[1], 0, 3, 0]]);
});

describe('series by quarter (在职党员服务分期统计)', () => {
  const SERIES = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Community { partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { series(interval: QUARTER) { start services serviceHours membersServing } } }
        ... on Subdistrict { partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { series(interval: QUARTER) { start services serviceHours membersServing } } }
      }
    }
  `;
  const places = [
    { __typename: 'Community', id: HAND.communityA },
    { __typename: 'Community', id: HAND.communityB },
    { __typename: 'Subdistrict', id: HAND.subdistrict },
  ];
  const quarter = (start: string, services: number, serviceHours: number, membersServing: number | null) => ({ start, services, serviceHours, membersServing });
  const STARTS = ['2024-12-31T16:00:00.000Z', '2025-03-31T16:00:00.000Z', '2025-06-30T16:00:00.000Z', '2025-09-30T16:00:00.000Z'];

  test('match the hand count: m1 serves the 15th of January–April 5 h, m2 January–May 3 h, m6 (B) January–March 8 h', async () => {
    const result = await fixture.run(cityAdmin, SERIES, { representations: places });
    expect(result.errors).toBeUndefined();
    const [a, b, s] = result.data._entities.map((entity: any) => entity.partyStats.series);
    expect(a).toEqual([quarter(STARTS[0], 6, 24, 2), quarter(STARTS[1], 3, 11, 2), quarter(STARTS[2], 0, 0, 0), quarter(STARTS[3], 0, 0, 0)]);
    expect(b).toEqual([quarter(STARTS[0], 3, 24, 1), quarter(STARTS[1], 0, 0, 0), quarter(STARTS[2], 0, 0, 0), quarter(STARTS[3], 0, 0, 0)]);
    expect(s).toEqual([quarter(STARTS[0], 9, 48, 3), quarter(STARTS[1], 3, 11, 2), quarter(STARTS[2], 0, 0, 0), quarter(STARTS[3], 0, 0, 0)]);
  });

  test('BI sees every member count of 1–4 hidden, services and hours shown (they count occasions, not people)', async () => {
    const result = await fixture.run(viewerWith([Role.BI_ANALYST]), SERIES, { representations: places });
    expect(result.errors).toBeUndefined();
    const [a, b, s] = result.data._entities.map((entity: any) => entity.partyStats.series);
    expect(a.slice(0, 2)).toEqual([quarter(STARTS[0], 6, 24, null), quarter(STARTS[1], 3, 11, null)]);
    expect(b.slice(0, 2)).toEqual([quarter(STARTS[0], 3, 24, null), quarter(STARTS[1], 0, 0, 0)]);
    expect(s.slice(0, 2)).toEqual([quarter(STARTS[0], 9, 48, null), quarter(STARTS[1], 3, 11, null)]);
  });
});

import { PartyMemberCategory } from '../member/member.entity';
import { hiddenFigures, visibleFigures } from './party-stats-suppression';
import type { PartyStats } from './party-stats.type';

/** The people counts of one place; everything else (compounds, coverage) is not people and plays no part. */
function figures(
  ledgers: [direct: number, retired: number, inService: number, mobile: number],
  central: number,
  registered: number,
  compliant: number,
): PartyStats {
  const [direct, retired, inService, mobile] = ledgers;
  return {
    key: { scope: 'communityId', id: 'unused', days: { from: '2025-01-01', to: '2026-01-01' } },
    from: '2025-01-01',
    to: '2026-01-01',
    members: direct + retired + inService + mobile,
    membersByCategory: [
      { category: PartyMemberCategory.DIRECT, count: direct },
      { category: PartyMemberCategory.RETIRED, count: retired },
      { category: PartyMemberCategory.IN_SERVICE, count: inService },
      { category: PartyMemberCategory.MOBILE, count: mobile },
    ],
    compounds: 0,
    compoundsWithBranch: 0,
    branchCoverage: null,
    fullCoverage: false,
    branches: 0,
    grids: 0,
    gridsWithBranch: 0,
    gridCoverage: null,
    centralHouseholds: central,
    inServiceMembers: inService,
    inServiceRegistered: registered,
    inServiceCompliant: compliant,
    complianceRate: inService === 0 ? null : Math.round((compliant / inService) * 10_000) / 10_000,
  };
}

const people = ({ members, membersByCategory, centralHouseholds, inServiceMembers, inServiceRegistered, inServiceCompliant, complianceRate }: PartyStats) => ({
  members,
  ledgers: membersByCategory.map(entry => entry.count),
  centralHouseholds,
  inServiceMembers,
  inServiceRegistered,
  inServiceCompliant,
  complianceRate,
});

test('a hand-counted subdistrict: small groups hidden with whatever would give them away, the rest shown', () => {
  // Subdistrict S = communities C1 + C2 + C3 (ledgers direct, retired, in-service, mobile):
  //   C1: 6, 6, 0, 0 = 12 members, 5 central households, 0 registered, 0 compliant
  //   C2: 0, 0, 3, 0 =  3 members, 0 central, 3 registered, 3 compliant
  //   C3: 0, 0, 20, 0 = 20 members, 7 central, 20 registered, 18 compliant (so 2 short of the minimum)
  //   S:  6, 6, 23, 0 = 35 members, 12 central, 23 registered, 21 compliant (2 short)
  const communities = [
    { id: 'C1', subdistrictId: 'S', stats: figures([6, 6, 0, 0], 5, 0, 0) },
    { id: 'C2', subdistrictId: 'S', stats: figures([0, 0, 3, 0], 0, 3, 3) },
    { id: 'C3', subdistrictId: 'S', stats: figures([0, 0, 20, 0], 7, 20, 18) },
  ];
  const subdistrict = figures([6, 6, 23, 0], 12, 23, 21);
  const hidden = hiddenFigures(communities, new Map([['S', subdistrict]]));
  const seen = (id: string, stats: PartyStats) => people(visibleFigures(id, stats, hidden));

  // Worked by hand, equation by equation (each partition: no hidden count, or at least two):
  // - C2's 3 (members, in-service, registered, compliant) are small. S members 35 = 12 + 3 + 20
  //   would give C2's 3: C1's 12 goes (the smallest other). S in-service 23 = 0 + 3 + 20 and S
  //   registered 23 = 0 + 3 + 20: C3's 20 go. C3's members 20 = its in-service 20 alone: they go.
  // - 2 short of the minimum in C3 and in S (in-service − compliant): C3's 18 and S's 21 compliant go.
  // - C1's members 12 = direct 6 + retired 6 would give C1 back: direct goes (first of the equal
  //   two), then S direct 6 = C1's 6 alone, then S members 35 = direct + retired + 23 + 0, then S
  //   retired 6 = C1's retired 6: each goes in turn. Zeros are no group and stay.
  expect(seen('S', subdistrict)).toEqual({
    members: 35,
    ledgers: [null, null, 23, 0],
    centralHouseholds: 12,
    inServiceMembers: 23,
    inServiceRegistered: 23,
    inServiceCompliant: null,
    complianceRate: null,
  });
  expect(seen('C1', communities[0].stats)).toEqual({
    members: null,
    ledgers: [null, null, 0, 0],
    centralHouseholds: 5,
    inServiceMembers: 0,
    inServiceRegistered: 0,
    inServiceCompliant: 0,
    complianceRate: null,
  });
  expect(seen('C2', communities[1].stats)).toEqual({
    members: null,
    ledgers: [0, 0, null, 0],
    centralHouseholds: 0,
    inServiceMembers: null,
    inServiceRegistered: null,
    inServiceCompliant: null,
    complianceRate: null,
  });
  expect(seen('C3', communities[2].stats)).toEqual({
    members: null,
    ledgers: [0, 0, null, 0],
    centralHouseholds: 7,
    inServiceMembers: null,
    inServiceRegistered: null,
    inServiceCompliant: null,
    complianceRate: null,
  });
});

test('nothing small, nothing hidden', () => {
  const communities = [
    { id: 'C1', subdistrictId: 'S', stats: figures([5, 6, 10, 0], 5, 10, 5) },
    { id: 'C2', subdistrictId: 'S', stats: figures([7, 0, 12, 0], 0, 12, 7) },
  ];
  expect(hiddenFigures(communities, new Map([['S', figures([12, 6, 22, 0], 5, 22, 12)]]))).toEqual(new Set());
});

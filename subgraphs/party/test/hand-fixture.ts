import type { EntityManager } from '@mikro-orm/knex';
import { withoutAuditTrail } from '../../../kit/testing/audit-entries';
import type { Viewer } from '../../../kit/auth/viewer';
import { demoId } from '../../../kit/demo/ids';
import { createSubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import { cityAdmin } from '../../../kit/testing/viewers';
import { partyEntities } from '../entities';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { partySubgraph } from '../server';
import { ServicePost } from '../service-post/service-post.entity';
import { TerritoryLevel, TerritoryPlace } from '../../../kit/territory/territory-copy';

const id = (...path: string[]) => demoId(['hand-fixture', ...path]);

/**
 * A territory small enough to count by hand: subdistrict S; community A with compounds A1, A2, A3
 * (A3 without a branch), community B with compound B1. A1 has building A1-1 with twelve households;
 * A2 and B1 have one building with one household each.
 */
export const HAND = {
  subdistrict: id('S'),
  communityA: id('A'),
  communityB: id('B'),
  compounds: { A1: id('A1'), A2: id('A2'), A3: id('A3'), B1: id('B1') },
  buildings: { A1: id('A1', '1'), A2: id('A2', '1'), B1: id('B1', '1') },
  /** Households of A1-1, then A2-1's and B1-1's. */
  householdsA1: Array.from({ length: 12 }, (_value, index) => id('A1', '1', `h${index + 1}`)),
  householdA2: id('A2', '1', 'h1'),
  householdB1: id('B1', '1', 'h1'),
  /** r1…r5 live in A1-1 households 1…5, r6 in A2-1, r7 in B1-1. */
  residents: Array.from({ length: 7 }, (_value, index) => id('resident', `r${index + 1}`)),
  organizations: {
    committeeA: id('org', 'A'),
    branchA1: id('org', 'A1'),
    groupA1: id('org', 'A1', '1'),
    branchA2: id('org', 'A2'),
    committeeB: id('org', 'B'),
    branchB1: id('org', 'B1'),
  },
  posts: { A: id('post', 'A'), B: id('post', 'B') },
};

function territoryRows(): Partial<TerritoryPlace>[] {
  const s = HAND.subdistrict;
  const rows: Partial<TerritoryPlace>[] = [
    { id: s, level: TerritoryLevel.SUBDISTRICT, subdistrictId: s },
    { id: HAND.communityA, level: TerritoryLevel.COMMUNITY, subdistrictId: s, communityId: HAND.communityA },
    { id: HAND.communityB, level: TerritoryLevel.COMMUNITY, subdistrictId: s, communityId: HAND.communityB },
  ];
  for (const [name, compoundId] of Object.entries(HAND.compounds)) {
    rows.push({ id: compoundId, level: TerritoryLevel.COMPOUND, subdistrictId: s, communityId: name.startsWith('A') ? HAND.communityA : HAND.communityB, compoundId });
  }
  const building = (key: 'A1' | 'A2' | 'B1') => ({
    subdistrictId: s,
    communityId: key.startsWith('A') ? HAND.communityA : HAND.communityB,
    compoundId: HAND.compounds[key],
    buildingId: HAND.buildings[key],
  });
  for (const key of ['A1', 'A2', 'B1'] as const) rows.push({ id: HAND.buildings[key], level: TerritoryLevel.BUILDING, ...building(key) });
  HAND.householdsA1.forEach((householdId) => rows.push({ id: householdId, level: TerritoryLevel.HOUSEHOLD, ...building('A1'), householdId }));
  rows.push({ id: HAND.householdA2, level: TerritoryLevel.HOUSEHOLD, ...building('A2'), householdId: HAND.householdA2 });
  rows.push({ id: HAND.householdB1, level: TerritoryLevel.HOUSEHOLD, ...building('B1'), householdId: HAND.householdB1 });
  HAND.residents.slice(0, 5).forEach((residentId, index) =>
    rows.push({ id: residentId, level: TerritoryLevel.RESIDENT, ...building('A1'), householdId: HAND.householdsA1[index] }));
  rows.push({ id: HAND.residents[5], level: TerritoryLevel.RESIDENT, ...building('A2'), householdId: HAND.householdA2 });
  rows.push({ id: HAND.residents[6], level: TerritoryLevel.RESIDENT, ...building('B1'), householdId: HAND.householdB1 });
  return rows;
}

function organizationRows(): Partial<PartyOrganization>[] {
  const s = HAND.subdistrict;
  const o = HAND.organizations;
  const inA = { subdistrictId: s, communityId: HAND.communityA };
  const inB = { subdistrictId: s, communityId: HAND.communityB };
  return [
    { id: o.committeeA, name: 'A社区党委', level: PartyOrganizationLevel.COMMITTEE, attachedId: HAND.communityA, ...inA },
    { id: o.branchA1, name: 'A1小区党支部', level: PartyOrganizationLevel.BRANCH, parentId: o.committeeA, attachedId: HAND.compounds.A1, compoundId: HAND.compounds.A1, ...inA },
    { id: o.groupA1, name: 'A1小区1号楼党小组', level: PartyOrganizationLevel.GROUP, parentId: o.branchA1, attachedId: HAND.buildings.A1, compoundId: HAND.compounds.A1, buildingId: HAND.buildings.A1, ...inA },
    { id: o.branchA2, name: 'A2小区党支部', level: PartyOrganizationLevel.BRANCH, parentId: o.committeeA, attachedId: HAND.compounds.A2, compoundId: HAND.compounds.A2, ...inA },
    { id: o.committeeB, name: 'B社区党总支', level: PartyOrganizationLevel.GENERAL_BRANCH, attachedId: HAND.communityB, ...inB },
    { id: o.branchB1, name: 'B1小区党支部', level: PartyOrganizationLevel.BRANCH, parentId: o.committeeB, attachedId: HAND.compounds.B1, compoundId: HAND.compounds.B1, ...inB },
  ];
}

/** Writes the hand-counted territory, its organisations and two service posts. */
async function seedHand(em: EntityManager): Promise<void> {
  await em.insertMany(TerritoryPlace, territoryRows());
  await em.insertMany(PartyOrganization, organizationRows().map((row) => ({ parentId: null, compoundId: null, buildingId: null, secretaryId: null, createdAt: new Date(), ...row })));
  await em.insertMany(ServicePost, [
    { id: HAND.posts.A, name: '楼道清洁志愿岗', description: 'Stairwells', capacity: 2, communityId: HAND.communityA, subdistrictId: HAND.subdistrict },
    { id: HAND.posts.B, name: '政策宣传岗', description: 'Policies', capacity: 5, communityId: HAND.communityB, subdistrictId: HAND.subdistrict },
  ]);
}

/** The hand-counted territory with its organisations and two service posts; members come from the commands. */
export async function createHandFixture() {
  const fixture = await createSubgraphFixture(partySubgraph, seedHand);
  const { run } = fixture;
  /** Runs a command as city admin and returns its payload, failing on any error. */
  const command = async (name: string, selection: string, input: Record<string, unknown>, viewer: Viewer = cityAdmin) => {
    const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const result = await run(viewer, `mutation ($input: ${inputType}!) { ${name}(input: $input) ${selection} }`, { input });
    if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    return result.data[name];
  };
  /** Row counts of every party table (but the audit trail, which records the refusal), to show a refused command wrote nothing. */
  const rowCounts = async () => {
    const fork = fixture.em();
    const counts: Record<string, number> = {};
    for (const entity of withoutAuditTrail(partyEntities)) counts[entity.name] = await fork.count(entity as never, {});
    return counts;
  };
  return { ...fixture, command, rowCounts };
}

export type HandFixture = Awaited<ReturnType<typeof createHandFixture>>;

/** More residents of A1-1's first household in the territory copy, for tests that register many members at once. */
export async function addHandResidents(fixture: HandFixture, ids: readonly string[]): Promise<void> {
  await fixture.em().insertMany(TerritoryPlace, ids.map((id) => ({
    id, level: TerritoryLevel.RESIDENT, subdistrictId: HAND.subdistrict, communityId: HAND.communityA,
    compoundId: HAND.compounds.A1, buildingId: HAND.buildings.A1, householdId: HAND.householdsA1[0],
  })));
}

/**
 * The members and activity the figures tests count: m1–m3 in-service, m4 retired (A1-1, group
 * A1), m5 direct (A2, branch A2), m6 in-service (B1, branch B1). m1 and m2 hold post A, m6 post B;
 * in 2025 m1 serves 4 × 5 h (compliant), m2 5 × 3 h (15 h: short of hours) plus a 2024 service
 * that does not count, m3 never (unregistered), m6 3 × 8 h (24 h: short of services). m1's
 * household is a central household linking A1-1's households 2–11.
 */
export async function registerHandMembers(fixture: HandFixture) {
  const o = HAND.organizations;
  const register = async (resident: number, organizationId: string, category: string, tags: string[] = []) =>
    (await fixture.command('registerPartyMember', '{ member { id } }', {
      residentId: HAND.residents[resident - 1], organizationId, category, tags, joinedOn: '2001-07-01',
    })).member.id as string;
  const m1 = await register(1, o.groupA1, 'IN_SERVICE', ['YOUTH']);
  const m2 = await register(2, o.groupA1, 'IN_SERVICE');
  const m3 = await register(3, o.groupA1, 'IN_SERVICE');
  const m4 = await register(4, o.groupA1, 'RETIRED', ['ELDERLY_FRAIL']);
  const m5 = await register(6, o.branchA2, 'DIRECT');
  const m6 = await register(7, o.branchB1, 'IN_SERVICE');
  const claim = async (memberId: string, postId: string) =>
    (await fixture.command('claimServicePost', '{ claim { id } }', { memberId, postId })).claim.id as string;
  const serve = async (memberId: string, times: number, hours: number, year = 2025) => {
    for (let index = 0; index < times; index++) {
      await fixture.command('recordService', '{ record { id } }', { memberId, servedOn: `${year}-0${index + 1}-15`, hours, description: '楼道清理' });
    }
  };
  const claims = { m1: await claim(m1, HAND.posts.A), m2: await claim(m2, HAND.posts.A), m6: await claim(m6, HAND.posts.B) };
  await serve(m1, 4, 5);
  await serve(m2, 5, 3);
  await serve(m2, 1, 10, 2024);
  await serve(m6, 3, 8);
  await fixture.command('designateCentralHousehold', '{ centralHousehold { id } }', { memberId: m1, linkedHouseholdIds: HAND.householdsA1.slice(1, 11) });
  return { m1, m2, m3, m4, m5, m6, claims };
}

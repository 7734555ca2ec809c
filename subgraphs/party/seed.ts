import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { householdsPer } from '../../kit/demo/household-counts';
import { demoId } from '../../kit/demo/ids';
import { addDays, todayUtc } from '../../kit/validation/calendar-date';
import { REFERENCE_DATE } from '../../kit/demo/people';
import { prngFor, type Prng } from '../../kit/demo/prng';
import { BulkInserter, runSeed } from '../../kit/demo/seed-runner';
import type { DemoBuilding, DemoCommunity, DemoCompound, DemoHousehold, DemoResident, DemoTerritory } from '../../kit/demo/types';
import { CentralHousehold, CentralHouseholdLink, MAX_LINKED_HOUSEHOLDS, MIN_LINKED_HOUSEHOLDS } from './central-household/central-household.entity';
import { partyEntities } from './entities';
import { partyMigrations } from './migrations';
import { PartyMember, PartyMemberCategory, PartyMemberColour, PartyMemberTag } from './member/member.entity';
import { chineseNumber } from '../../kit/demo/names';
import { jointBranchRuns } from './joint-branches';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from './organization/organization-change.entity';
import { PartyOrganization, PartyOrganizationLevel, PartyOrganizationStatus } from './organization/organization.entity';
import { PointsEntry, PointsSource, PointsStatus } from './points/points-entry.entity';
import { PostClaim } from './service-post/post-claim.entity';
import { ServicePost } from './service-post/service-post.entity';
import { ServiceRecord } from './service-post/service-record.entity';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { seedTerritoryCopy } from '../../kit/territory/seed-territory-copy';

/** Share of adult residents who are party members: 83,049 of Datong's 2.29M urban residents (≈3.6%), adults only. */
const MEMBER_SHARE_OF_ADULTS = 0.042;
const REFERENCE_YEAR = Number(REFERENCE_DATE.slice(0, 4));
/** When the demo organisations were set up: ages and join dates are counted at the reference date too. */
const SEEDED_AT = new Date(`${REFERENCE_DATE}T00:00:00Z`);
const SEEDER = 'demo-seed';

const POSTS: readonly (readonly [string, string])[] = [
  ['楼道清洁志愿岗', 'Keep stairwells clean and clear (楼道清洁)'],
  ['政策宣传岗', 'Explain policies to residents (政策宣传)'],
  ['邻里调解岗', 'Help settle disputes between neighbours (邻里调解)'],
  ['关爱老人岗', 'Visit and help elderly residents living alone (关爱独居老人)'],
  ['文明劝导岗', 'Encourage civil behaviour in the compound (文明劝导)'],
];

const POINT_REASONS: Record<PointsSource, readonly string[]> = {
  BRANCH_RECORD: ['参加支部主题党日', '按时缴纳党费', '参加三会一课'],
  SELF_REPORT: ['参加小区环境整治', '帮助邻居解决困难', '参与疫苗接种宣传'],
  RESIDENT_SUGGESTION: ['居民来信表扬', '热心调解邻里纠纷'],
  PEER_REVIEW: ['党员评议优秀', '党员评议合格'],
};

function ageAt(birthDate: string): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const [refYear, refMonth, refDay] = REFERENCE_DATE.split('-').map(Number);
  return refYear - year - (refMonth > month || (refMonth === month && refDay >= day) ? 0 : 1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A member drawn for a resident, or nothing: ≈3.6% of residents, adults only, chosen from the resident's own stream. */
function drawMember(resident: DemoResident, organizationId: string): PartyMember | null {
  const age = ageAt(resident.birthDate);
  const rng = prngFor([resident.id], 'party');
  if (age < 18 || !rng.chance(MEMBER_SHARE_OF_ADULTS)) return null;
  const category =
    age >= 60
      ? rng.weighted([[PartyMemberCategory.RETIRED, 85], [PartyMemberCategory.DIRECT, 15]] as const)
      : rng.weighted([[PartyMemberCategory.IN_SERVICE, 45], [PartyMemberCategory.DIRECT, 35], [PartyMemberCategory.MOBILE, 20]] as const);
  const tags: PartyMemberTag[] = [];
  if (age < 35) tags.push(PartyMemberTag.YOUTH);
  if (age >= 75 && rng.chance(0.8)) tags.push(PartyMemberTag.ELDERLY_FRAIL);
  if (rng.chance(0.05)) tags.push(PartyMemberTag.HARDSHIP);
  if (resident.gender === 'MALE' && age >= 25 && rng.chance(0.08)) tags.push(PartyMemberTag.VETERAN);
  const colour =
    category === PartyMemberCategory.IN_SERVICE ? PartyMemberColour.RED
    : category === PartyMemberCategory.MOBILE ? PartyMemberColour.GREEN
    : age >= 80 ? PartyMemberColour.PURPLE
    : tags.includes(PartyMemberTag.ELDERLY_FRAIL) ? PartyMemberColour.BLUE
    : PartyMemberColour.ORANGE;
  const birthYear = Number(resident.birthDate.slice(0, 4));
  const joinedYear = Math.min(REFERENCE_YEAR - 1, birthYear + rng.int(18, Math.max(18, Math.min(45, age - 1))));
  return Object.assign(new PartyMember(), {
    id: demoId([resident.id, 'party-member']),
    residentId: resident.id,
    householdId: resident.householdId,
    organizationId,
    category,
    tags,
    colour,
    joinedOn: `${joinedYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    buildingId: resident.buildingId,
    compoundId: resident.compoundId,
    gridId: resident.gridId,
    communityId: resident.communityId,
    subdistrictId: resident.subdistrictId,
    registeredAt: SEEDED_AT,
  });
}

function organization(id: string, name: string, level: PartyOrganizationLevel, parentId: string | null, attachedId: string, where: {
  communityId: string; subdistrictId: string; compoundId?: string; buildingId?: string;
}, secretaryId: string | null) {
  return { id, name, level, parentId, attachedId, secretaryId, compoundId: null, buildingId: null, createdAt: SEEDED_AT, ...where };
}

/**
 * Services of one in-service member over the twelve months before the day seeded: most serve
 * enough, some do not (不达标). Dates move with the day, ids do not.
 */
async function seedServices(rows: BulkInserter, rng: Prng, member: PartyMember, post: ServicePost, seededOn: string): Promise<void> {
  const claimId = demoId([member.id, 'claim']);
  await rows.add(PostClaim, {
    id: claimId, memberId: member.id, postId: post.id, claimedAt: new Date(`${addDays(seededOn, -366)}T00:00:00Z`), releasedAt: null,
    communityId: post.communityId, subdistrictId: post.subdistrictId,
  });
  const services = rng.weighted([[rng.int(0, 3), 25], [rng.int(4, 8), 75]] as const);
  for (let index = 0; index < services; index++) {
    const servedOn = addDays(seededOn, -rng.int(1, 365));
    await rows.add(ServiceRecord, {
      id: demoId([member.id, 'service', String(index)]),
      memberId: member.id,
      postId: post.id,
      servedOn,
      hours: rng.pick([3, 4, 4.5, 5, 6, 8]),
      description: `${post.name}: ${rng.pick(['楼道清理', '入户走访', '政策讲解', '陪伴老人', '秩序劝导'])}`,
      recordedBy: SEEDER,
      recordedAt: new Date(`${addDays(servedOn, 1)}T00:00:00Z`),
      communityId: post.communityId,
      subdistrictId: post.subdistrictId,
    });
  }
}

/** The quarter a China-calendar day lies in, and its first day. */
function quarterOf(day: string): { year: number; quarter: number; startsOn: string } {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return { year, quarter, startsOn: `${year}-${pad(quarter * 3 - 2)}-01` };
}

/**
 * A member's points ledger for the quarter the seed runs in and the three before it (积分管理): the
 * current quarter's entries dated within the days it has had, its last still partly unreviewed. Ids
 * name the quarter by how far back it lies, so they do not move with the day.
 */
async function seedPoints(rows: BulkInserter, member: PartyMember, seededOn: string): Promise<void> {
  const rng = prngFor([member.id], 'points');
  const current = quarterOf(seededOn);
  for (let back = 3; back >= 0; back--) {
    const { year, quarter, startsOn } = quarterOf(addDays(current.startsOn, -back * 91 + 45));
    const days = back === 0 ? Math.max(0, (Date.parse(seededOn) - Date.parse(startsOn)) / 86_400_000 - 1) : 80;
    const entries = rng.int(1, 3);
    for (let index = 0; index < entries; index++) {
      const source = rng.weighted([[PointsSource.BRANCH_RECORD, 4], [PointsSource.SELF_REPORT, 3], [PointsSource.RESIDENT_SUGGESTION, 2], [PointsSource.PEER_REVIEW, 1]] as const);
      const status = back === 0 && rng.chance(0.3) ? PointsStatus.SUBMITTED : rng.chance(0.93) ? PointsStatus.APPROVED : PointsStatus.REJECTED;
      const submittedOn = addDays(startsOn, Math.floor(days / 2));
      await rows.add(PointsEntry, {
        id: demoId([member.id, 'points', `quarter-${back}`, String(index)]),
        memberId: member.id,
        organizationId: member.organizationId,
        year,
        quarter,
        source,
        points: rng.chance(0.05) ? -rng.int(1, 5) : rng.int(1, 10),
        reason: rng.pick(POINT_REASONS[source]),
        status,
        submittedBy: SEEDER,
        submittedAt: new Date(`${submittedOn}T00:00:00Z`),
        reviewedBy: status === PointsStatus.SUBMITTED ? null : SEEDER,
        reviewedAt: status === PointsStatus.SUBMITTED ? null : new Date(`${addDays(startsOn, Math.floor(days))}T00:00:00Z`),
        communityId: member.communityId,
        subdistrictId: member.subdistrictId,
      });
    }
  }
}

interface BuildingSlice {
  building: DemoBuilding;
  households: DemoHousehold[];
  members: PartyMember[];
}

/** Share of a community's grids with a grid branch or group (网格党支部/党小组), beside the compound branches. */
const GRID_BRANCH_SHARE = 0.6;
/** Members a grid needs for a branch (党支部, at least three full members); fewer make a group (党小组). */
const BRANCH_MIN_MEMBERS = 3;

/** Grid branches and groups under the community's committee, in grids with buildings; their members stay in their building groups. */
async function seedGridOrganizations(rows: BulkInserter, territory: DemoTerritory, community: DemoCommunity, committeeId: string, members: readonly PartyMember[]) {
  for (const grid of territory.grids.filter((candidate) => candidate.communityId === community.id && candidate.buildingIds.length > 0)) {
    if (!prngFor([grid.id], 'party-branch').chance(GRID_BRANCH_SHARE)) continue;
    const gridMembers = members.filter((member) => member.gridId === grid.id);
    const level = gridMembers.length >= BRANCH_MIN_MEMBERS ? PartyOrganizationLevel.BRANCH : PartyOrganizationLevel.GROUP;
    await rows.add(PartyOrganization, {
      ...organization(demoId([grid.id, 'party-branch']), `${grid.name}${level === PartyOrganizationLevel.BRANCH ? '党支部' : '党小组'}`, level, committeeId, grid.id,
        { communityId: community.id, subdistrictId: community.subdistrictId }, gridMembers[0]?.id ?? null),
      gridId: grid.id,
    });
  }
}

/** One community: its organisations (committee → branch per compound → group per building), members and the rest. */
async function seedCommunity(
  rows: BulkInserter, territory: DemoTerritory, community: DemoCommunity, compounds: DemoCompound[], runs: readonly DemoCompound[][], buildingsOf: Map<string, DemoBuilding[]>, seededOn: string,
) {
  const committeeId = demoId([community.id, 'party-committee']);
  const slices = new Map<string, BuildingSlice[]>();
  for (const compound of compounds) {
    const compoundSlices: BuildingSlice[] = [];
    for (const building of buildingsOf.get(compound.id) ?? []) {
      const groupId = demoId([building.id, 'party-group']);
      const slice: BuildingSlice = { building, households: [], members: [] };
      for (const household of territory.households(building)) {
        slice.households.push(household);
        for (const resident of territory.residents(household)) {
          const member = drawMember(resident, groupId);
          if (member) slice.members.push(member);
        }
      }
      compoundSlices.push(slice);
    }
    slices.set(compound.id, compoundSlices);
  }
  const allMembers = [...slices.values()].flat().flatMap((slice) => slice.members);
  const where = { communityId: community.id, subdistrictId: community.subdistrictId };
  // 全市396个社区党支部全部升格为党委、党总支: larger communities have a committee, smaller a general branch.
  const communityLevel = compounds.length >= 3 ? PartyOrganizationLevel.COMMITTEE : PartyOrganizationLevel.GENERAL_BRANCH;
  const communitySuffix = communityLevel === PartyOrganizationLevel.COMMITTEE ? '党委' : '党总支';
  await rows.add(PartyOrganization, organization(committeeId, `${community.name}${communitySuffix}`, communityLevel, null, community.id, where, allMembers[0]?.id ?? null));
  for (const run of runs) {
    // A run of compounds shares its first compound's branch (联建): the others' branches were merged into it, and it holds their building groups.
    const leadId = demoId([run[0].id, 'party-branch']);
    const runSecretary = run.flatMap((compound) => slices.get(compound.id)!.flatMap((slice) => slice.members))[0]?.id ?? null;
    const leadName = run.length === 1 ? `${run[0].name}党支部` : `${run[0].name}等${chineseNumber(run.length)}小区联合党支部`;
    await rows.add(PartyOrganization, organization(leadId, leadName, PartyOrganizationLevel.BRANCH, committeeId, run[0].id, { ...where, compoundId: run[0].id }, runSecretary));
    for (const compound of run.slice(1)) {
      const mergedId = demoId([compound.id, 'party-branch']);
      await rows.add(PartyOrganization, {
        ...organization(mergedId, `${compound.name}党支部`, PartyOrganizationLevel.BRANCH, committeeId, compound.id, { ...where, compoundId: compound.id }, null),
        status: PartyOrganizationStatus.MERGED, mergedIntoId: leadId, endedAt: SEEDED_AT,
      });
      for (const [organizationId, kind, otherOrganizationId] of [[mergedId, PartyOrganizationChangeKind.MERGED_INTO, leadId], [leadId, PartyOrganizationChangeKind.ABSORBED, mergedId]] as const) {
        await rows.add(PartyOrganizationChange, {
          id: demoId([organizationId, 'change', kind, otherOrganizationId]), organizationId, kind, otherOrganizationId, previousName: null, name: null, previousSecretaryId: null, secretaryId: null,
          reason: '相邻小区联建', changedBy: SEEDER, changedAt: SEEDED_AT, ...where,
        });
      }
    }
    for (const compound of run) {
      for (const { building, members } of slices.get(compound.id)!) {
        await rows.add(PartyOrganization, organization(
          demoId([building.id, 'party-group']), `${compound.name}${building.number}号楼党小组`, PartyOrganizationLevel.GROUP, leadId, building.id,
          { ...where, compoundId: compound.id, buildingId: building.id }, members[0]?.id ?? null,
        ));
      }
    }
  }
  await seedGridOrganizations(rows, territory, community, committeeId, allMembers);
  for (const member of allMembers) await rows.add(PartyMember, { ...member });

  // Central households (党员中心户), about one per party group: in every building with members, the first member's household links 10–20 households of its compound.
  for (const compound of compounds) {
    const compoundSlices = slices.get(compound.id)!;
    const compoundHouseholds = compoundSlices.flatMap((slice) => slice.households);
    for (const { building, members } of compoundSlices) {
      const member = members[0];
      const rng = prngFor([building.id], 'central-household');
      if (!member) continue;
      const start = compoundHouseholds.findIndex((household) => household.id === member.householdId);
      const nearby = [...compoundHouseholds.slice(start + 1), ...compoundHouseholds.slice(0, start)];
      const count = Math.min(nearby.length, rng.int(MIN_LINKED_HOUSEHOLDS, MAX_LINKED_HOUSEHOLDS));
      if (count < MIN_LINKED_HOUSEHOLDS) continue;
      const centralId = demoId([member.householdId, 'central-household']);
      await rows.add(CentralHousehold, {
        id: centralId, householdId: member.householdId, memberId: member.id, organizationId: member.organizationId,
        buildingId: member.buildingId, compoundId: member.compoundId, designatedAt: SEEDED_AT, ...where,
      });
      for (const household of nearby.slice(0, count)) {
        await rows.add(CentralHouseholdLink, { id: demoId([centralId, household.id]), centralHouseholdId: centralId, householdId: household.id, ...where });
      }
    }
  }

  // In-service members register here and claim a post (双报到); most serve 4+ times, some fall short.
  const inService = allMembers.filter((member) => member.category === PartyMemberCategory.IN_SERVICE);
  const posts = POSTS.map(([name, description]) => Object.assign(new ServicePost(), {
    id: demoId([community.id, 'service-post', name]),
    name,
    description,
    capacity: Math.max(10, Math.ceil(inService.length / POSTS.length) + 5),
    ...where,
  }));
  for (const post of posts) await rows.add(ServicePost, { ...post });
  for (const member of inService) {
    const rng = prngFor([member.id], 'in-service');
    if (rng.chance(0.85)) await seedServices(rows, rng, member, rng.pick(posts), seededOn);
  }
  for (const member of allMembers) await seedPoints(rows, member, seededOn);
}

/** Writes party's share of the demo territory: the territory copy, organisations, members, households, posts, services, points. */
/** Dated rows (services, points) lie in the twelve months before `seededOn`, the day the seed runs (UTC, as grids' events). */
export async function seedParty(em: EntityManager, territory: DemoTerritory, seededOn: string = todayUtc()): Promise<void> {
  const rows = new BulkInserter(em);
  await seedTerritoryCopy(rows, territory);
  const buildingsOf = new Map<string, DemoBuilding[]>();
  for (const building of territory.buildings) buildingsOf.set(building.compoundId, [...(buildingsOf.get(building.compoundId) ?? []), building]);
  const runs = jointBranchRuns(territory);
  const households = householdsPer(territory, 'communityId');
  for (const community of rows.through(territory.communities, ({ id }) => households.get(id) ?? 0, 'communities')) {
    const compounds = territory.compounds.filter((compound) => compound.communityId === community.id);
    await seedCommunity(rows, territory, community, compounds, runs.get(community.id) ?? [], buildingsOf, seededOn);
  }
  await rows.flush();
}

if (require.main === module) {
  runSeed({ name: 'party', entities: partyEntities, migrations: partyMigrations }, async (em) => (await em.count(TerritoryPlace)) === 0, seedParty).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

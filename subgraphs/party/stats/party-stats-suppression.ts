import { complementarySuppression, type Partition } from '../../../kit/stats/complementary-suppression';
import { PartyMemberCategory } from '../member/member.entity';
import type { PartyStats } from './party-stats.type';

/** A community's figures and the subdistrict whose figures they add up to. */
export interface CommunityFigures {
  readonly id: string;
  readonly subdistrictId: string;
  readonly stats: PartyStats;
}

/** The counts of people in `partyStats`, each a cell of the suppression; in-service members are their ledger's cell. */
const category = (name: PartyMemberCategory) => `category:${name}`;
const IN_SERVICE = category(PartyMemberCategory.IN_SERVICE);
/**
 * In-service members short of the yearly minimum: not published, but in-service members minus the
 * compliant ones, so a small group of them must not follow from the two.
 */
const NOT_COMPLIANT = 'inServiceNotCompliant';
const ADDITIVE = [
  'members',
  ...Object.values(PartyMemberCategory).map(category),
  'centralHouseholds',
  'inServiceRegistered',
  'inServiceCompliant',
  NOT_COMPLIANT,
];

const cell = (place: string, figure: string) => `${place}:${figure}`;

function cellsOf(stats: PartyStats): Map<string, number> {
  const cells = new Map<string, number>([
    ['members', stats.members ?? 0],
    ['centralHouseholds', stats.centralHouseholds ?? 0],
    ['inServiceRegistered', stats.inServiceRegistered ?? 0],
    ['inServiceCompliant', stats.inServiceCompliant ?? 0],
    [NOT_COMPLIANT, (stats.inServiceMembers ?? 0) - (stats.inServiceCompliant ?? 0)],
  ]);
  for (const entry of stats.membersByCategory) cells.set(category(entry.category), entry.count ?? 0);
  return cells;
}

/**
 * Which counts of people to hide from viewers who may not see party members, over every community
 * and subdistrict at once so the answer does not depend on what a query asks: each small group,
 * and with it whatever would give it away by subtraction — a subdistrict's figure minus its other
 * communities', a place's members minus its other ledgers, in-service members minus the compliant
 * ones (`complementarySuppression`). Returns the hidden cells; `visibleFigures` applies them.
 */
export function hiddenFigures(communities: readonly CommunityFigures[], subdistricts: ReadonlyMap<string, PartyStats>): Set<string> {
  const counts = new Map<string, number>();
  const partitions: Partition[] = [];
  const places: [string, PartyStats][] = [...subdistricts, ...communities.map(({ id, stats }) => [id, stats] as [string, PartyStats])];
  for (const [place, stats] of places) {
    for (const [figure, count] of cellsOf(stats)) counts.set(cell(place, figure), count);
    partitions.push({ parent: cell(place, 'members'), children: Object.values(PartyMemberCategory).map(name => cell(place, category(name))) });
    partitions.push({ parent: cell(place, IN_SERVICE), children: [cell(place, 'inServiceCompliant'), cell(place, NOT_COMPLIANT)] });
  }
  for (const subdistrict of subdistricts.keys()) {
    const parts = communities.filter(community => community.subdistrictId === subdistrict);
    for (const figure of ADDITIVE) partitions.push({ parent: cell(subdistrict, figure), children: parts.map(({ id }) => cell(id, figure)) });
  }
  return complementarySuppression(counts, partitions);
}

/** The figures of `place` with the hidden counts as null, and a rate over a hidden count with them. */
export function visibleFigures(place: string, stats: PartyStats, hidden: ReadonlySet<string>): PartyStats {
  const count = (figure: string, value: number | null) => (hidden.has(cell(place, figure)) ? null : value);
  const inServiceMembers = count(IN_SERVICE, stats.inServiceMembers);
  const inServiceCompliant = count('inServiceCompliant', stats.inServiceCompliant);
  return {
    ...stats,
    members: count('members', stats.members),
    membersByCategory: stats.membersByCategory.map(entry => ({ ...entry, count: count(category(entry.category), entry.count) })),
    centralHouseholds: count('centralHouseholds', stats.centralHouseholds),
    inServiceMembers,
    inServiceRegistered: count('inServiceRegistered', stats.inServiceRegistered),
    inServiceCompliant,
    complianceRate: inServiceMembers === null || inServiceCompliant === null ? null : stats.complianceRate,
  };
}

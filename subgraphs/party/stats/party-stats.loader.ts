import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { hasAnyRole, type Viewer } from '../../../kit/auth/viewer';
import { LoaderFamily } from '../../../kit/loader-family';
import { columnOf, tableOf } from '../../../kit/orm/column-name';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { PartyMember, PartyMemberCategory } from '../member/member.entity';
import { PartyOrganization, PartyOrganizationLevel, PartyOrganizationStatus } from '../organization/organization.entity';
import { CentralHousehold } from '../central-household/central-household.entity';
import { PostClaim } from '../service-post/post-claim.entity';
import { TerritoryLevel, TerritoryPlace } from '../../../kit/territory/territory-copy';
import { GRID_LEVELS } from '../grid/grid.resolver';
import { compliantCounts } from '../service-post/compliance';
import { ratio } from '../../../kit/stats/ratio';
import type { DayPeriod } from '../../../kit/stats/stats-period';
import { PARTY_PERSONAL_ROLES } from '../roles';
import { hiddenFigures, visibleFigures } from './party-stats-suppression';
import type { PartyStats, PartyStatsBucket } from './party-stats.type';
import { placeSeries, treeSeries, type TreeSeries } from './party-stats-series';
import type { StatsInterval } from '../../../kit/stats/stats-interval';

export type StatsScope = 'communityId' | 'subdistrictId';

/** Whose figures over which days: what a stats object's series is asked of. */
export interface PartyStatsKey {
  readonly scope: StatsScope;
  readonly id: string;
  readonly days: DayPeriod;
}

/**
 * `partyStats` for many communities (or subdistricts) at once: a fixed handful of grouped
 * statements whatever the number of places.
 */
export class StatsLoaders {
  private readonly family = new LoaderFamily<PartyStats>();
  private readonly hiddenByPeriod = new Map<string, Promise<Set<string>>>();
  private readonly seriesByPeriod = new Map<string, Promise<TreeSeries>>();

  constructor(private readonly em: EntityManager) {}

  load(scope: StatsScope, id: string, days: DayPeriod): Promise<PartyStats> {
    return this.family.get(`${scope}:${days.from}:${days.to}`, (ids) => computeStats(this.em, scope, ids, days)).load(id);
  }

  /**
   * The figures as this viewer may see them: a count of members below the small-group threshold
   * could point at someone (party membership is personal data), so BI, partners and grid workers
   * get small groups suppressed, and whatever would give one away by subtraction with them
   * (`hiddenFigures`); those who may see the members themselves get it all.
   */
  async visible(scope: StatsScope, id: string, days: DayPeriod, viewer: Viewer | null): Promise<PartyStats> {
    if (hasAnyRole(viewer, PARTY_PERSONAL_ROLES)) return this.load(scope, id, days);
    // The whole tree's figures first: the place asked for is among them, not a batch of its own.
    const hidden = await this.hidden(days);
    return visibleFigures(id, await this.load(scope, id, days), hidden);
  }

  /** The place's services bucket by bucket: one statement per period and interval in a request, whatever the places asked for. */
  async series({ id, days }: PartyStatsKey, interval: StatsInterval, viewer: Viewer | null): Promise<PartyStatsBucket[]> {
    const key = `${interval}:${days.from}:${days.to}`;
    let tree = this.seriesByPeriod.get(key);
    if (!tree) {
      tree = treeSeries(this.em, days, interval);
      this.seriesByPeriod.set(key, tree);
    }
    return placeSeries(await tree, id, hasAnyRole(viewer, PARTY_PERSONAL_ROLES));
  }

  /** Once per request and period, only when a viewer who sees suppressed figures asks: every community and subdistrict's figures. */
  private hidden(days: DayPeriod): Promise<Set<string>> {
    const key = `${days.from}:${days.to}`;
    let hidden = this.hiddenByPeriod.get(key);
    if (!hidden) {
      hidden = this.computeHidden(days);
      this.hiddenByPeriod.set(key, hidden);
    }
    return hidden;
  }

  private async computeHidden(days: DayPeriod): Promise<Set<string>> {
    const rows = await groupedTotals(this.em, tableOf(this.em, TerritoryPlace), [scopeColumn(this.em, 'communityId'), scopeColumn(this.em, 'subdistrictId')], 'count(*)', (query) => {
      query.where(columnOf(this.em, TerritoryPlace, 'level'), TerritoryLevel.COMMUNITY);
    });
    const subdistrictIds = [...new Set(rows.map((row) => row.keys[1]))];
    // Through the loaders: the places this request asks for anyway are computed once.
    const [communityStats, subdistrictStats] = await Promise.all([
      Promise.all(rows.map((row) => this.load('communityId', row.keys[0], days))),
      Promise.all(subdistrictIds.map((id) => this.load('subdistrictId', id, days))),
    ]);
    return hiddenFigures(
      rows.map((row, index) => ({ id: row.keys[0], subdistrictId: row.keys[1], stats: communityStats[index] })),
      new Map(subdistrictIds.map((id, index) => [id, subdistrictStats[index]])),
    );
  }
}

/** Totals per scope id of one entity's table, in one statement. */
async function grouped(
  em: EntityManager,
  entity: EntityClass<object>,
  scope: StatsScope,
  ids: readonly string[],
  filter: (query: Knex.QueryBuilder) => void = () => undefined,
  aggregate = 'count(*)',
): Promise<Map<string, number>> {
  const column = scopeColumn(em, scope);
  const rows = await groupedTotals(em, tableOf(em, entity), [column], aggregate, (query) => {
    query.whereIn(column, [...ids]);
    filter(query);
  });
  return new Map(rows.map((row) => [row.keys[0], row.total]));
}

/** The scope's column, named the same in every party table (each row carries its community and subdistrict). */
function scopeColumn(em: EntityManager, scope: StatsScope): string {
  return columnOf(em, PartyMember, scope);
}

async function computeStats(em: EntityManager, scope: StatsScope, ids: readonly string[], days: DayPeriod): Promise<PartyStats[]> {
  const categoryRows = await groupedTotals(em, tableOf(em, PartyMember), [scopeColumn(em, scope), columnOf(em, PartyMember, 'category')], 'count(*)', (query) => {
    query.whereIn(scopeColumn(em, scope), [...ids]);
  });
  const perCategory = Object.values(PartyMemberCategory).map((category) => {
    const counts = new Map(categoryRows.filter((row) => row.keys[1] === category).map((row) => [row.keys[0], row.total]));
    return [category, counts] as const;
  });
  const compounds = await grouped(em, TerritoryPlace, scope, ids, (query) => query.where(columnOf(em, TerritoryPlace, 'level'), TerritoryLevel.COMPOUND));
  const compound = columnOf(em, PartyOrganization, 'compoundId');
  const attached = columnOf(em, PartyOrganization, 'attachedId');
  const branches = await grouped(
    em, PartyOrganization, scope, ids,
    // A merged branch's compound stays covered by the branch it went into (联建); a dissolved one let go of it.
    (query) => query.where(columnOf(em, PartyOrganization, 'level'), PartyOrganizationLevel.BRANCH).whereNotNull(compound).whereNotNull(attached),
    `count(distinct ${compound})`,
  );
  const centrals = await grouped(em, CentralHousehold, scope, ids);
  const registered = await grouped(
    em, PostClaim, scope, ids,
    (query) => query.whereNull(columnOf(em, PostClaim, 'releasedAt')),
    `count(distinct ${columnOf(em, PostClaim, 'memberId')})`,
  );
  const branchCount = await grouped(em, PartyOrganization, scope, ids, (query) =>
    query.where(columnOf(em, PartyOrganization, 'level'), PartyOrganizationLevel.BRANCH).where(columnOf(em, PartyOrganization, 'status'), PartyOrganizationStatus.ACTIVE));
  // A community's grids, as the territory copy knows them: the grids its buildings lie in.
  const grids = await grouped(
    em, TerritoryPlace, scope, ids,
    (query) => query.where(columnOf(em, TerritoryPlace, 'level'), TerritoryLevel.BUILDING),
    `count(distinct ${columnOf(em, TerritoryPlace, 'gridId')})`,
  );
  const grid = columnOf(em, PartyOrganization, 'gridId');
  const gridsWithBranch = await grouped(
    em, PartyOrganization, scope, ids,
    (query) => query.whereIn(columnOf(em, PartyOrganization, 'level'), [...GRID_LEVELS]).whereNotNull(grid).whereNotNull(attached),
    `count(distinct ${grid})`,
  );
  const compliant = await compliantCounts(em, scope, ids, days);
  return ids.map((id) => {
    const membersByCategory = perCategory.map(([category, counts]) => ({ category, count: counts.get(id) ?? 0 }));
    const members = membersByCategory.reduce((sum, entry) => sum + entry.count, 0);
    const inServiceMembers = membersByCategory.find((entry) => entry.category === PartyMemberCategory.IN_SERVICE)!.count;
    const compoundTotal = compounds.get(id) ?? 0;
    const withBranch = branches.get(id) ?? 0;
    const inServiceCompliant = compliant.get(id) ?? 0;
    return {
      key: { scope, id, days },
      from: days.from,
      to: days.to,
      members,
      membersByCategory,
      compounds: compoundTotal,
      compoundsWithBranch: withBranch,
      branchCoverage: ratio(withBranch, compoundTotal),
      fullCoverage: compoundTotal > 0 && withBranch >= compoundTotal,
      branches: branchCount.get(id) ?? 0,
      grids: grids.get(id) ?? 0,
      gridsWithBranch: gridsWithBranch.get(id) ?? 0,
      gridCoverage: ratio(gridsWithBranch.get(id) ?? 0, grids.get(id) ?? 0),
      centralHouseholds: centrals.get(id) ?? 0,
      inServiceMembers,
      inServiceRegistered: registered.get(id) ?? 0,
      inServiceCompliant,
      complianceRate: ratio(inServiceCompliant, inServiceMembers),
    };
  });
}

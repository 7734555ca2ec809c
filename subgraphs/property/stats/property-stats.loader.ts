import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { flowSeries, type Flow } from '../../../kit/stats/flow-series';
import { statsBuckets, type StatsInterval } from '../../../kit/stats/stats-interval';
import { TerritoryLevel } from '../../../kit/territory/territory-copy';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { CommitteeKind } from '../committee/owners-committee.entity';
import { FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { ManagementMode } from '../management/compound-management.entity';
import { JointMeetingState } from '../meeting/joint-meeting.entity';
import { NO_RESPONSES, satisfactionFigures } from '../survey/survey-scores.loader';
import type { Period as StatsPeriod } from '../../../kit/stats/stats-period';
import type { PropertyActivity, PropertyStats, PropertyStatsBucket } from './property-stats.type';

export type PropertyStatsScope = 'communityId' | 'subdistrictId';

/** Whose figures over which period: what a stats object's series is asked of. */
export interface PropertyStatsKey {
  readonly scope: PropertyStatsScope;
  readonly id: string;
  readonly period: StatsPeriod;
}

/** The activity figures of a period, each a count of rows of one table dated in it: what a series cuts into buckets. */
const FLOWS: readonly Flow<keyof PropertyActivity>[] = [
  { figure: 'meetingsHeld', table: 'joint_meeting', dated: 'held_at', only: (query) => query.where('state', JointMeetingState.HELD) },
  { figure: 'problemsRaised', table: 'agenda_item', dated: 'solicited_at' },
  { figure: 'problemsSolved', table: 'agenda_item', dated: 'result_published_at' },
  { figure: 'suggestionsRaised', table: 'suggestion', dated: 'raised_at' },
  { figure: 'suggestionsSolved', table: 'suggestion', dated: 'solved_at' },
];

/**
 * `propertyStats` for many communities (or subdistricts) at once: a fixed set of grouped statements
 * whatever the number of places.
 */
export class PropertyStatsLoaders {
  private readonly loaders = new Map<string, DataLoader<string, PropertyStats>>();
  private readonly seriesLoaders = new Map<string, DataLoader<string, PropertyStatsBucket[]>>();

  constructor(private readonly em: EntityManager) {}

  load(scope: PropertyStatsScope, id: string, period: StatsPeriod): Promise<PropertyStats> {
    const key = `${scope}:${period.from.toISOString()}:${period.to.toISOString()}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => computeStats(this.em, scope, ids, period));
      this.loaders.set(key, loader);
    }
    return loader.load(id);
  }

  /** The period's activity bucket by bucket: one statement (a union of the five counts) for every place of the scope asking for this interval. */
  series({ scope, id, period }: PropertyStatsKey, interval: StatsInterval): Promise<PropertyStatsBucket[]> {
    const key = `series-${interval}:${scope}:${period.from.toISOString()}:${period.to.toISOString()}`;
    let loader = this.seriesLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => computeSeries(this.em, scope, ids, period, interval));
      this.seriesLoaders.set(key, loader);
    }
    return loader.load(id);
  }
}

function computeSeries(em: EntityManager, scope: PropertyStatsScope, ids: readonly string[], period: StatsPeriod, interval: StatsInterval): Promise<PropertyStatsBucket[][]> {
  const platform = em.getPlatform();
  const bound = (at: Date) => platform.processDateProperty(at);
  const place = scope === 'communityId' ? 'community_id' : 'subdistrict_id';
  return flowSeries(em, { flows: FLOWS, place, ids, buckets: statsBuckets(period, interval), from: bound(period.from), to: bound(period.to), bound });
}

async function computeStats(em: EntityManager, scope: PropertyStatsScope, ids: readonly string[], period: StatsPeriod): Promise<PropertyStats[]> {
  const column = scope === 'communityId' ? 'community_id' : 'subdistrict_id';
  const platform = em.getPlatform();
  const from = platform.processDateProperty(period.from) as never;
  const to = platform.processDateProperty(period.to) as never;
  const inScope = (query: Knex.QueryBuilder) => query.whereIn(column, [...ids]);
  const count = async (table: string, filter: (query: Knex.QueryBuilder) => void, groups: string[] = []) =>
    groupedTotals(em, table, [column, ...groups], 'count(*)', (query) => {
      inScope(query);
      filter(query);
    });
  const within = (dateColumn: string) => (query: Knex.QueryBuilder) => query.where(dateColumn, '>=', from).where(dateColumn, '<', to);

  const meetings = await count('joint_meeting', (query) => within('held_at')(query.where('state', JointMeetingState.HELD)));
  const raised = await count('agenda_item', within('solicited_at'));
  const solved = await count('agenda_item', within('result_published_at'));
  const suggestions = await count('suggestion', within('raised_at'));
  const suggestionsSolved = await count('suggestion', within('solved_at'));
  const compounds = await count('territory', (query) => query.where('level', TerritoryLevel.COMPOUND));
  const modes = await count('compound_management', (query) => query.whereNotNull('open_compound_id'), ['mode']);
  const kinds = await count('owners_committee', (query) => query.whereNotNull('open_compound_id'), ['kind']);
  const openTasks = await count('follow_up_task', (query) => query.where('state', FollowUpTaskState.OPEN));
  const overdueTasks = await count('follow_up_task', (query) => query.where('state', FollowUpTaskState.OPEN).where('due_on', '<', todayUtc()));
  const fromDay = period.from.toISOString().slice(0, 10);
  const toDay = period.to.toISOString().slice(0, 10);
  const satisfaction = await satisfactionFigures(em, [column], (query) => {
    inScope(query);
    query.where('period_starts_on', '>=', fromDay).where('period_starts_on', '<', toDay);
  });

  const total = (rows: { keys: string[]; total: number }[], id: string, group?: string) =>
    rows.filter((row) => row.keys[0] === id && (group === undefined || row.keys[1] === group)).reduce((sum, row) => sum + row.total, 0);
  return ids.map((id) => {
    const compoundsByManagementMode = Object.values(ManagementMode).map((mode) => ({ mode, compounds: total(modes, id, mode) }));
    const managed = compoundsByManagementMode.reduce((sum, entry) => sum + entry.compounds, 0);
    const figures = satisfaction.get(id) ?? NO_RESPONSES;
    return {
      key: { scope, id, period },
      meetingsHeld: total(meetings, id),
      problemsRaised: total(raised, id),
      problemsSolved: total(solved, id),
      suggestionsRaised: total(suggestions, id),
      suggestionsSolved: total(suggestionsSolved, id),
      compounds: total(compounds, id),
      compoundsByManagementMode,
      unmanagedCompounds: Math.max(0, total(compounds, id) - managed),
      committeesByKind: Object.values(CommitteeKind).map((kind) => ({ kind, committees: total(kinds, id, kind) })),
      openFollowUpTasks: total(openTasks, id),
      overdueFollowUpTasks: total(overdueTasks, id),
      surveyResponses: figures.responses,
      averageSatisfactionScore: figures.averageScore,
      satisfactionRate: figures.satisfactionRate,
    };
  });
}

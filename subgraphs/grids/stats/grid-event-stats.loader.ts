import type { EntityManager } from '@mikro-orm/knex';
import type DataLoader from 'dataloader';
import { LoaderFamily } from '../../../kit/loader-family';
import { ratio } from '../../../kit/stats/ratio';
import { BUCKET, bucketOf, seriesOf, statsBuckets, type StatsInterval } from '../../../kit/stats/stats-interval';
import type { Period } from '../../../kit/stats/stats-period';
import { GridEvent, GridEventSource } from '../grid-event/grid-event.entity';
import { GridEventState } from '../grid-event/lifecycle';
import { GridEventCounts, GridEventStats, type GridEventStatsBucket } from './grid-event-stats.type';

/** The territorial column stats are grouped by: each event row carries all four. */
export type StatsParentProperty = 'gridId' | 'communityId' | 'subdistrictId' | 'districtId';


/** Which stats an object stands for: the parent, its level and the period. */
export interface StatsKey {
  readonly parentProperty: StatsParentProperty;
  readonly parentId: string;
  readonly period: Period;
}

type Row = Record<string, unknown>;

/** A second grouping: a column (category, source or level) as `group_key`, or the bucket of a series' interval. */
type Extra = { property: keyof GridEvent } | { interval: StatsInterval } | null;

/**
 * One GROUP BY over the period's accepted events of many parents: the shared core of every stats
 * loader. `extra` adds a second grouping.
 */
async function aggregate(em: EntityManager, key: Omit<StatsKey, 'parentId'>, parentIds: readonly string[], extra: Extra): Promise<Row[]> {
  const meta = em.getMetadata().get(GridEvent.name);
  const column = (property: string) => `e.${meta.properties[property as keyof GridEvent].fieldNames[0]}`;
  const platform = em.getPlatform();
  const knex = em.getKnex();
  const parent = column(key.parentProperty);
  const now = platform.processDateProperty(new Date());
  const second = !extra
    ? null
    : 'property' in extra
      ? { select: knex.raw('?? as group_key', [column(extra.property)]), group: column(extra.property) }
      : { select: bucketOf(knex, column('reportedAt'), statsBuckets(key.period, extra.interval), (at) => platform.processDateProperty(at)), group: BUCKET };
  const groups = second ? [parent, second.group] : [parent];
  const query = knex
    .from(`${meta.tableName} as e`)
    .select(knex.raw('?? as parent_id', [parent]))
    .select(second ? [second.select] : [])
    .select(
      knex.raw('count(*) as accepted'),
      knex.raw(`sum(case when ?? is not null then 1 else 0 end) as disposed`, [column('resolvedAt')]),
      // Overdue as in overdue.ts: resolved late, or open past either deadline.
      knex.raw(`sum(case when ?? = ? or (?? is null and (?? < ? or (?? = ? and ?? < ?))) then 1 else 0 end) as overdue`, [
        column('resolvedLate'), true, column('resolvedAt'), column('deadlineAt'), now,
        column('state'), GridEventState.DISPATCHED, column('dispatchDeadlineAt'), now,
      ]),
      knex.raw('avg(??) as average_hours', [column('hoursToResolve')]),
      knex.raw(`sum(case when ?? is not null then 1 else 0 end) as feedback`, [column('satisfied')]),
      knex.raw(`sum(case when ?? = ? then 1 else 0 end) as satisfied`, [column('satisfied'), true]),
      knex.raw(`sum(case when ?? = ? then 1 else 0 end) as inspection_findings`, [column('source'), GridEventSource.INSPECTION]),
      knex.raw(`sum(case when ?? = ? and ?? is not null then 1 else 0 end) as rectified`, [column('source'), GridEventSource.INSPECTION, column('resolvedAt')]),
    )
    .whereIn(parent, [...parentIds])
    .where(column('reportedAt'), '>=', platform.processDateProperty(key.period.from) as never)
    .where(column('reportedAt'), '<', platform.processDateProperty(key.period.to) as never)
    .whereNotNull(column('acceptedAt'))
    .whereNot(column('state'), GridEventState.MERGED)
    .groupBy(groups);
  return em.execute(query);
}

function counts(row: Row | undefined): GridEventCounts {
  const accepted = Number(row?.accepted ?? 0);
  const disposed = Number(row?.disposed ?? 0);
  return { accepted, disposed, disposalRate: ratio(disposed, accepted), overdue: Number(row?.overdue ?? 0) };
}

/** The figures of a period or of one bucket of it. */
function figures(row: Row | undefined) {
  const feedbackCount = Number(row?.feedback ?? 0);
  const satisfiedCount = Number(row?.satisfied ?? 0);
  const inspectionFindings = Number(row?.inspection_findings ?? 0);
  const rectified = Number(row?.rectified ?? 0);
  const average = row?.average_hours == null ? null : Math.round(Number(row.average_hours) * 100) / 100;
  return {
    ...counts(row),
    averageHoursToResolve: average,
    feedbackCount,
    satisfiedCount,
    satisfactionRate: ratio(satisfiedCount, feedbackCount),
    inspectionFindings,
    rectified,
    rectificationRate: ratio(rectified, inspectionFindings),
  };
}

function stats(key: StatsKey, row: Row | undefined): GridEventStats {
  return Object.assign(new GridEventStats(), { key, ...figures(row) });
}

/**
 * Per-request stats loaders: one DataLoader per (level, period, breakdown), keyed by parent id, so
 * `gridEventStats` on 50 communities is one statement per stats field, not one per community.
 */
export class GridEventStatsLoaders {
  private readonly family = new LoaderFamily();

  constructor(private readonly em: EntityManager) {}

  private loader<V>(name: string, key: Omit<StatsKey, 'parentId'>, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    const id = `${name}:${key.parentProperty}:${key.period.from.toISOString()}:${key.period.to.toISOString()}`;
    return this.family.get(id, batch);
  }

  totals(key: StatsKey): Promise<GridEventStats> {
    return this.loader('totals', key, async (ids) => {
      const rows = await aggregate(this.em, key, ids, null);
      return ids.map((id) => stats({ ...key, parentId: id }, rows.find((row) => String(row.parent_id) === id)));
    }).load(key.parentId);
  }

  /** Counts grouped by `property` for each parent, in the order the groups come back. */
  breakdown(key: StatsKey, property: 'categoryId' | 'source' | 'level'): Promise<(GridEventCounts & { groupKey: string })[]> {
    return this.loader(`by-${property}`, key, async (ids) => {
      const rows = await aggregate(this.em, key, ids, { property });
      return ids.map((id) =>
        rows
          .filter((row) => String(row.parent_id) === id)
          .map((row) => ({ ...counts(row), groupKey: String(row.group_key) }))
          .sort((a, b) => b.accepted - a.accepted || a.groupKey.localeCompare(b.groupKey)),
      );
    }).load(key.parentId);
  }

  /** The period's figures bucket by bucket: one statement for every parent of the level asking for this interval. */
  series(key: StatsKey, interval: StatsInterval): Promise<GridEventStatsBucket[]> {
    return this.loader(`series-${interval}`, key, async (ids) => {
      const rows = await aggregate(this.em, key, ids, { interval });
      const buckets = statsBuckets(key.period, interval);
      return ids.map((id) => seriesOf(buckets, rows.filter((row) => String(row.parent_id) === id), figures));
    }).load(key.parentId);
  }
}

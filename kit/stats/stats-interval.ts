import { IsEnum } from 'class-validator';
import { ArgsType, Field, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { Knex } from 'knex';
import { BadUserInputError } from '../errors';
import { CHINA_OFFSET_MS, chinaDay, type DayPeriod, type Period } from './stats-period';

/** The width of one bucket of a stats series, counted in China's calendar (UTC+8, no daylight saving). */
export enum StatsInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}

registerEnumType(StatsInterval, {
  name: 'StatsInterval',
  description: 'Width of the buckets of a stats series, in China time (统计周期)',
  valuesConfig: {
    DAY: { description: 'Calendar days (按日)' },
    WEEK: { description: 'Weeks from Monday (按周)' },
    MONTH: { description: 'Calendar months (按月)' },
    QUARTER: { description: 'Calendar quarters (按季度)' },
  },
});

/** A series has at most this many buckets: a year of days, with room for a leap year and a partial day at each end. */
export const MAX_BUCKETS = 400;

/** The one argument of every stats type's `series` field. */
@ArgsType()
export class StatsSeriesArgs {
  @Field(_type => StatsInterval, { description: 'Bucket width (统计周期)' })
  @IsEnum(StatsInterval)
  interval!: StatsInterval;
}

/** One bucket of a series: from `start` inclusive to `end` exclusive. */
export interface StatsBucket {
  readonly start: Date;
  readonly end: Date;
}

/**
 * A series' bucket type: `figures` (a class of the figures that count what happened in a period)
 * with the bucket's start and end — `class GridEventStatsBucket extends StatsBucketOf(GridEventFigures) {}`.
 */
export function StatsBucketOf<T extends object>(figures: ClassType<T>) {
  // Never returned itself, so never in a schema: type-graphql keeps only the types a field reaches.
  @ObjectType()
  abstract class Bucket extends (figures as ClassType<object>) implements StatsBucket {
    @Field({ description: 'Start, inclusive: the China-time midnight the bucket starts, or the period’s start for the first (起)' })
    start!: Date;

    @Field({ description: 'End, exclusive: the next bucket’s start, or the period’s end for the last (止)' })
    end!: Date;
  }
  return Bucket as unknown as ClassType<T & StatsBucket>;
}

const DAY_MS = 86_400_000;

/** The China-calendar bucket boundary after the one `china` (a China wall-clock time, as UTC) lies in. */
function nextBoundary(china: Date, interval: StatsInterval): number {
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth();
  const midnight = Date.UTC(year, month, china.getUTCDate());
  switch (interval) {
    case StatsInterval.DAY:
      return midnight + DAY_MS;
    case StatsInterval.WEEK:
      // getUTCDay: Sunday 0, Monday 1; weeks start on Monday.
      return midnight + (7 - ((china.getUTCDay() + 6) % 7)) * DAY_MS;
    case StatsInterval.MONTH:
      return Date.UTC(year, month + 1, 1);
    case StatsInterval.QUARTER:
      return Date.UTC(year, Math.floor(month / 3) * 3 + 3, 1);
  }
}

/**
 * The buckets of `period` at `interval`: China-calendar days, Monday weeks, months or quarters, the
 * first starting at the period's start and the last ending at its end, so the buckets' figures add
 * up to the period's. BAD_USER_INPUT naming `interval` over `MAX_BUCKETS` buckets.
 */
export function statsBuckets(period: Period, interval: StatsInterval): StatsBucket[] {
  const buckets: StatsBucket[] = [];
  let start = period.from.getTime();
  while (start < period.to.getTime()) {
    if (buckets.length === MAX_BUCKETS) {
      throw new BadUserInputError(
        'interval',
        `at most ${MAX_BUCKETS} buckets`,
        `a series has at most ${MAX_BUCKETS} buckets: choose a wider interval or a shorter period`,
      );
    }
    const end = Math.min(nextBoundary(new Date(start + CHINA_OFFSET_MS), interval) - CHINA_OFFSET_MS, period.to.getTime());
    buckets.push({ start: new Date(start), end: new Date(end) });
    start = end;
  }
  return buckets;
}

/** The buckets of whole China-calendar days, as day-dated rows (services, meals, visits) are counted: midnight to midnight. */
export function dayBuckets(days: DayPeriod, interval: StatsInterval): StatsBucket[] {
  return statsBuckets({ from: new Date(`${days.from}T00:00:00+08:00`), to: new Date(`${days.to}T00:00:00+08:00`) }, interval);
}

/** The SQL name of a row's bucket number in a series statement: group by it. */
export const BUCKET = 'stats_bucket';

/**
 * The bucket number (0 …) of each row of a statement already limited to the series' period:
 * `case when <column> < <end of bucket 0> then 0 when … else <last> end as stats_bucket`. The same
 * comparisons as the period's own filter, so rows fall into buckets exactly as into the period.
 * `bound` turns a boundary into what the column holds (the platform's date value, or a day).
 */
export function bucketOf(knex: Knex, column: string, buckets: readonly StatsBucket[], bound: (at: Date) => unknown): Knex.Raw {
  const inner = buckets.slice(0, -1);
  // The numbers are ours (0 … n − 1), written as literals so every driver groups them as integers.
  const whens = inner.map((_bucket, index) => `when ?? < ? then ${index}`).join(' ');
  return knex.raw(
    `case ${whens} else ${buckets.length - 1} end as ${BUCKET}`,
    inner.flatMap(bucket => [column, bound(bucket.end) as Knex.Value]),
  );
}

/** A day-dated column's boundary: the China-calendar day a bucket ends on (boundaries inside a period are China midnights). */
export const dayBound = (at: Date): string => chinaDay(at.getTime());

/** The rows of one parent's series, bucket by bucket: `figures(row)` for a bucket with rows, `figures(undefined)` for one without. */
export function seriesOf<R extends Record<string, unknown>, T>(
  buckets: readonly StatsBucket[],
  rows: readonly R[],
  figures: (row: R | undefined) => T,
): (T & StatsBucket)[] {
  return buckets.map((bucket, index) => ({ ...figures(rows.find(row => Number(row[BUCKET]) === index)), start: bucket.start, end: bucket.end }));
}

/** The description of every stats type's `series` field. */
export const SERIES_DESCRIPTION =
  'The same period cut into days, weeks, months or quarters (China time), each bucket with the figures that count what happened in it; the buckets add up to the period (分期统计)';

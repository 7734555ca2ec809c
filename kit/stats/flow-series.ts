import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { BUCKET, bucketOf, type StatsBucket } from './stats-interval';

/** A figure of a period that adds up rows of one table dated in it: a count, or a sum. */
export interface Flow<F extends string> {
  readonly figure: F;
  readonly table: string;
  /** The column dating a row (a timestamp, or a day). */
  readonly dated: string;
  /** `count(*)` unless given (`sum(subsidy_fen)`). */
  readonly aggregate?: string;
  /** Only the rows that count (`status = PLACED`). */
  readonly only?: (query: Knex.QueryBuilder) => void;
}

export interface FlowSeriesQuery<F extends string> {
  readonly flows: readonly Flow<F>[];
  /** The column of the places asked for, named alike in every table; null: every row is one place's (a deployment's district). */
  readonly place: string | null;
  readonly ids: readonly string[];
  readonly buckets: readonly StatsBucket[];
  /** The period's bounds as the dating columns hold them (the platform's date values, or days). */
  readonly from: unknown;
  readonly to: unknown;
  readonly bound: (at: Date) => unknown;
}

/**
 * The flows of many places bucket by bucket in one statement: a grouped count (or sum) per flow,
 * by place and bucket, the flows' statements joined by UNION ALL. A bucket without rows is 0.
 */
export async function flowSeries<F extends string>(em: EntityManager, query: FlowSeriesQuery<F>): Promise<(StatsBucket & Record<F, number>)[][]> {
  const { flows, place, ids, buckets, from, to, bound } = query;
  const knex = em.getKnex();
  const statements = flows.map(({ figure, table, dated, aggregate = 'count(*)', only }) => {
    const statement = knex(table)
      // The figure's name is ours, a literal so that every branch of the union has the same column types.
      .select(
        place ? knex.raw('?? as place', [place]) : knex.raw(`'' as place`),
        bucketOf(knex, dated, buckets, bound),
        knex.raw(`'${figure}' as figure`),
        knex.raw(`${aggregate} as total`),
      )
      .where(dated, '>=', from as Knex.Value)
      .where(dated, '<', to as Knex.Value)
      .groupBy(...(place ? [place] : []), BUCKET);
    if (place) statement.whereIn(place, [...ids]);
    only?.(statement);
    return statement;
  });
  // Not wrapped in parentheses: SQLite takes no parenthesised SELECT in a compound one.
  const rows: Record<string, unknown>[] = await em.execute(knex.unionAll(statements, false));
  return ids.map(id => {
    const mine = rows.filter(row => String(row.place) === (place ? id : ''));
    return buckets.map(({ start, end }, index) => {
      const total = (figure: F) => Number(mine.find(row => Number(row[BUCKET]) === index && row.figure === figure)?.total ?? 0);
      return { start, end, ...(Object.fromEntries(flows.map(({ figure }) => [figure, total(figure)])) as Record<F, number>) };
    });
  });
}

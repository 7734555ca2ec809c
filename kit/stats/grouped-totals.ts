import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';

/**
 * A grouped aggregate in one statement (no group columns: one total): `select <group columns>, <aggregate> as total from <table>
 * where <filter> group by <group columns>`. Written with the ORM's knex because MikroORM's query
 * builder quotes aggregate expressions as column names; counts come back as numbers on both drivers.
 */
export async function groupedTotals(
  em: EntityManager,
  table: string,
  groupColumns: readonly string[],
  aggregate: string,
  filter: (query: Knex.QueryBuilder) => void,
): Promise<{ keys: string[]; total: number }[]> {
  const knex = em.getKnex();
  const query = knex(table)
    .select(...groupColumns.map((column, index) => `${column} as g${index}`))
    .select(knex.raw(`${aggregate} as total`));
  // No group columns: one total over every row the filter keeps.
  if (groupColumns.length > 0) query.groupBy(...groupColumns);
  filter(query);
  const rows: Record<string, unknown>[] = await em.execute(query);
  return rows.map((row) => ({ keys: groupColumns.map((_column, index) => String(row[`g${index}`])), total: Number(row.total ?? 0) }));
}

import type { EntityManager } from '@mikro-orm/knex';

/** Every row of every table the subgraph owns, in id order: equal snapshots mean nothing was written. */
export async function snapshotTables(em: EntityManager, entities: readonly Function[]): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const entity of entities) {
    const table = em.getMetadata().get(entity.name).tableName;
    const rows = await em.getConnection().execute(`select * from ${table} order by id`);
    snapshot[table] = JSON.stringify(rows);
  }
  return snapshot;
}

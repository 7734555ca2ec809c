import type { EntityManager } from '@mikro-orm/knex';

/** Every row of every table the subgraph owns, in primary-key order: equal snapshots mean nothing was written. */
export async function snapshotTables(em: EntityManager, entities: readonly { name: string }[]): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const entity of entities) {
    const meta = em.getMetadata().get(entity.name);
    const keys = meta.primaryKeys.flatMap((key) => meta.properties[key].fieldNames);
    const rows = await em.getConnection().execute(em.getKnex()(meta.tableName).select('*').orderBy(keys));
    snapshot[meta.tableName] = JSON.stringify(rows);
  }
  return snapshot;
}

import type { EntityClass, EntityMetadata, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { validate as isUuid } from 'uuid';
import { loadsManaged } from './orm/managed-loads';
import { plainRowsWhereIn } from './orm/plain-rows';

/**
 * Orders rows to match `keys`, as DataLoader requires; a key with no row gets `null`.
 * @example byKeys(ids, rows, r => r.id)
 */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

/**
 * Groups rows under `keys`, keeping the order of `keys` and of the rows within each group;
 * a key with no row gets `[]`.
 */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** The entity's metadata, looked up on a loader's first batch (a request makes many loaders and uses few). */
function metadataOf<T extends object>(em: EntityManager, entity: EntityClass<T>): EntityMetadata<T> {
  return em.getMetadata().get<T>(entity.name);
}

/**
 * Rows whose `property` is one of `values`. In a mutation, managed entities through `em.find`: the
 * command changes what it loads and flushes it. Anywhere else (queries, fields, `_entities`) plain
 * rows, read only to answer — one statement, no query builder, no identity map (`loadsManaged`,
 * kit/orm/managed-loads.ts).
 */
export function rowsWhereIn<T extends object>(em: EntityManager, entity: EntityClass<T>, property: string, values: readonly string[]): Promise<T[]> {
  if (loadsManaged(em)) return em.find(entity, { [property]: { $in: [...values] } } as unknown as FilterQuery<T>);
  return plainRowsWhereIn(em, metadataOf(em, entity), property, values);
}

/**
 * Per-request loader of rows by primary key; unknown ids load as `null`. A mutation's loaders give
 * managed entities, a query's plain rows that cannot be flushed (`loadsManaged`).
 */
export function entityById<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    // A malformed id matches nothing; PostgreSQL would refuse it as a uuid.
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length ? await rowsWhereIn(em, entity, 'id', wellFormed) : [];
    return byKeys(ids, rows, (row) => row.id);
  });
}

/**
 * Per-request loader of all rows whose `property` is the key, in key order. A mutation's loaders
 * give managed entities, a query's plain rows that cannot be flushed (`loadsManaged`).
 */
export function entitiesBy<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: keyof T & string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => groupByKeys(keys, await rowsWhereIn(em, entity, property, keys), (row) => String(row[property])));
}

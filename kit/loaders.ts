import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { validate as isUuid } from 'uuid';

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

/** Per-request loader of rows by primary key; unknown ids load as `null`. */
export function entityById<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    // A malformed id matches nothing; PostgreSQL would refuse it as a uuid.
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length ? await em.find(entity, { id: { $in: wellFormed } } as unknown as FilterQuery<T>) : [];
    return byKeys(ids, rows, (row) => row.id);
  });
}

/** Per-request loader of all rows whose `property` is the key, in key order. */
export function entitiesBy<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: keyof T & string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) =>
    groupByKeys(keys, await em.find(entity, { [property]: { $in: [...keys] } } as unknown as FilterQuery<T>), (row) => String(row[property])),
  );
}

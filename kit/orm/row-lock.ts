import { LockMode, QueryOrder, type EntityClass, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * Reads rows inside a transaction and locks them until it ends (`SELECT … FOR UPDATE` on
 * PostgreSQL), so what a command checks on them still holds when it commits: two commands on the
 * same row run one after the other instead of both passing the check. The rows are locked in
 * primary-key order (`ORDER BY` puts PostgreSQL's lock step after the sort), so two commands locking
 * the same rows queue instead of deadlocking: without it a scan locks in the table's physical
 * order, which an update changes, and twenty concurrent merges of the same two party branches
 * deadlocked one run in four. The embedded database runs one transaction at a time and has
 * nothing to lock.
 */
export function findLocked<T extends object>(tx: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>): Promise<T[]> {
  const lockMode = tx.getPlatform() instanceof PostgreSqlPlatform ? LockMode.PESSIMISTIC_WRITE : undefined;
  const orderBy = Object.fromEntries(tx.getMetadata().get(entity.name).primaryKeys.map(key => [key, QueryOrder.ASC])) as QueryOrderMap<T>;
  return tx.find(entity, where, { lockMode, orderBy });
}

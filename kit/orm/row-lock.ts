import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * Reads rows inside a transaction and locks them until it ends (`SELECT … FOR UPDATE` on
 * PostgreSQL), so what a command checks on them still holds when it commits: two commands on the
 * same row run one after the other instead of both passing the check. The embedded database runs
 * one transaction at a time and has nothing to lock.
 */
export function findLocked<T extends object>(tx: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>): Promise<T[]> {
  const lockMode = tx.getPlatform() instanceof PostgreSqlPlatform ? LockMode.PESSIMISTIC_WRITE : undefined;
  return tx.find(entity, where, { lockMode });
}

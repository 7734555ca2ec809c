import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AuditEntry } from '../audit/audit-entry.entity';

/** The audit entries matching `where`, oldest first, read straight from the table: what a test counts by hand. */
export function auditEntries(em: EntityManager, where: FilterQuery<AuditEntry> = {}): Promise<AuditEntry[]> {
  return em.find(AuditEntry, where, { orderBy: { sequence: 'asc' } });
}

/**
 * A subgraph's entities but the audit trail: what "a refused command wrote nothing" compares, since
 * the trail records the refusal itself (one entry, counted by the audit tests).
 */
export function withoutAuditTrail<T>(entities: readonly T[]): T[] {
  return entities.filter(entity => (entity as unknown) !== AuditEntry);
}

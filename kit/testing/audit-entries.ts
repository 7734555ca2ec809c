import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AuditEntry } from '../audit/audit-entry.entity';

/** The audit entries matching `where`, oldest first, read straight from the table: what a test counts by hand. */
export function auditEntries(em: EntityManager, where: FilterQuery<AuditEntry> = {}): Promise<AuditEntry[]> {
  return em.find(AuditEntry, where, { orderBy: { sequence: 'asc' } });
}

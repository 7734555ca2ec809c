import type { EntityClass } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity';

/** The audit trail's table: every subgraph adds it to its entity list (kit/subgraph.ts refuses one without it). */
export const auditEntities: EntityClass<object>[] = [AuditEntry];

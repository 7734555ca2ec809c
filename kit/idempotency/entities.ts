import type { EntityClass } from '@mikro-orm/core';
import { IdempotencyRecord } from './idempotency-record.entity';

/** The table behind `@Idempotent()`: every subgraph with an idempotent command adds it to its entity list. */
export const idempotencyEntities: EntityClass<object>[] = [IdempotencyRecord];

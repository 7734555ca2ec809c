import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { validate as isUuid } from 'uuid';
import { BadUserInputError } from './errors';
import { rowsWhereIn } from './loaders';

/** The `id` or `code` a single-entity query is asked by: exactly one of them. */
export interface IdOrCode {
  readonly id?: string | null;
  readonly code?: string | null;
}

/** One row by id or by code; `null` when none matches. A mutation's is managed, a query's a plain row (`rowsWhereIn`). */
export async function findByIdOrCode<T extends { id: string; code: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  { id, code }: IdOrCode,
): Promise<T | null> {
  if ((id == null) === (code == null)) throw new BadUserInputError('id', 'exactly one of id and code', 'Give exactly one of id and code');
  if (id != null && !isUuid(id)) return null;
  const [row] = await rowsWhereIn(em, entity, id != null ? 'id' : 'code', [(id ?? code)!]);
  return row ?? null;
}

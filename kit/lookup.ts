import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { validate as isUuid } from 'uuid';
import { BadUserInputError } from './errors';

/** The `id` or `code` a single-entity query is asked by: exactly one of them. */
export interface IdOrCode {
  readonly id?: string | null;
  readonly code?: string | null;
}

/** One row by id or by code; `null` when none matches. */
export async function findByIdOrCode<T extends { id: string; code: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  { id, code }: IdOrCode,
): Promise<T | null> {
  if ((id == null) === (code == null)) throw new BadUserInputError('id', 'exactly one of id and code', 'Give exactly one of id and code');
  if (id != null && !isUuid(id)) return null;
  const where = (id != null ? { id } : { code }) as unknown as FilterQuery<T>;
  return em.findOne(entity, where);
}

import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError } from '../errors';

/** A unique constraint a command relies on, and what to tell the caller who lost the race for it. */
export interface UniqueRule {
  /** Column names of the constraint, as in the database (`building_id`, `unit`, `room`). */
  readonly columns: readonly string[];
  /** The input field the caller should change (`input.room`). */
  readonly field: string;
  readonly message: string;
}

const RACE_LOST = 'Someone else changed this at the same moment; nothing was written. Reload and try again.';

/**
 * Runs a write whose pre-checks (friendly messages) can be outrun by a concurrent request: the
 * database's unique constraint is the real guard, and a violation ends as `CONFLICT` naming the
 * field, never as `INTERNAL`. libSQL names the columns in its message, PostgreSQL in the
 * constraint name (`household_building_id_unit_room_unique`), so a rule matches when every one of
 * its columns appears there.
 */
export async function guardUnique<T>(rules: readonly UniqueRule[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const text = error.message;
    const rule = rules.find(({ columns }) => columns.every((column) => text.includes(column)));
    throw rule ? new ConflictError(rule.message, rule.field) : new ConflictError(RACE_LOST);
  }
}

/**
 * Runs a write of rows with a `version` property: when a concurrent request changed one of them
 * first, MikroORM's optimistic lock fails the flush, and the caller gets `CONFLICT` with `message`
 * (nothing written) instead of `INTERNAL` or a lost update.
 */
export async function guardVersion<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new ConflictError(message);
    throw error;
  }
}

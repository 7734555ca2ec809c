import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError } from '../errors';

/** A unique constraint a command relies on, and what to tell the caller who lost the race for it. */
export interface UniqueRule {
  /** Column names of the constraint, in order, as in the database (`building_id`, `unit`, `room`). */
  readonly columns: readonly string[];
  /** The input field the caller should change (`input.room`). */
  readonly field: string;
  readonly message: string;
}

const RACE_LOST = 'Someone else changed this at the same moment; nothing was written. Reload and try again.';

/**
 * Whether the violated constraint is the rule's. PostgreSQL reports the constraint's name, which
 * MikroORM derives as `<table>_<columns>_unique`; libSQL lists the columns as `table.column, …`
 * at the end of its message. Only that part is compared: the message also holds the whole INSERT,
 * which names every column of the row.
 */
function isRuleOf(error: UniqueConstraintViolationException, { columns }: UniqueRule): boolean {
  const constraint = (error as { constraint?: unknown }).constraint;
  if (typeof constraint === 'string') return constraint.endsWith(`_${columns.join('_')}_unique`);
  const listed = /UNIQUE constraint failed: (.+)$/m.exec(error.message)?.[1].split(',').map((column) => column.trim().split('.').at(-1));
  return !!listed && listed.length === columns.length && columns.every((column) => listed.includes(column));
}

/**
 * Runs a write whose pre-checks (friendly messages) can be outrun by a concurrent request: the
 * database's unique constraint is the real guard, and a violation ends as `CONFLICT` naming the
 * field, never as `INTERNAL`.
 */
export async function guardUnique<T>(rules: readonly UniqueRule[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const rule = rules.find((candidate) => isRuleOf(error, candidate));
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

/**
 * Runs the write of one lifecycle step: the row's `version` and its history's unique sequence both
 * catch a concurrent step on the same row, and either ends as `CONFLICT` with `message` (nothing
 * written) instead of `INTERNAL` or a lost update.
 */
export async function guardStep<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) throw new ConflictError(message);
    throw error;
  }
}

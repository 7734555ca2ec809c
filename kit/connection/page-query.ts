import type { FilterQuery } from '@mikro-orm/core';
import type { ConnectionArgs, SortDirection } from './connection';
import { offsetAfter } from './cursor';
import type { PageQuery } from './page-loader';

/** The page a list's arguments ask for, with its filter and order already translated. */
export function pageQuery<T>(
  args: ConnectionArgs,
  where: FilterQuery<T> = {} as FilterQuery<T>,
  orderBy: readonly (readonly [string, SortDirection])[] = [],
): PageQuery<T> {
  return { where, orderBy, first: args.first, offset: offsetAfter(args.after) };
}

/**
 * A `LIKE` pattern matching `text` anywhere. LIKE's own wildcards are dropped from the text
 * rather than escaped: escaping differs between SQLite and PostgreSQL and names never use them.
 */
export function containing(text: string): { $like: string } {
  return { $like: `%${text.replace(/[%_\\]/g, '')}%` };
}

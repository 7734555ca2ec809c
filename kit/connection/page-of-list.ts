import { offsetConnection, type ConnectionArgs, type ConnectionValue } from './connection';
import { offsetAfter } from './cursor';

/**
 * A page of a list computed in memory (aggregates such as the compliance list or a ranking),
 * with the same cursors and page info as kit's SQL-paged lists.
 */
export function pageOfList<T>(items: readonly T[], args: ConnectionArgs): ConnectionValue<T> {
  const offset = offsetAfter(args.after);
  const slice = items.slice(offset, offset + args.first);
  return offsetConnection(slice, offset, items.length, offset + args.first < items.length);
}

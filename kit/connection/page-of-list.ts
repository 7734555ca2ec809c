import type { ConnectionArgs, ConnectionValue } from './connection';
import { encodeCursor, offsetAfter } from './cursor';

/**
 * A page of a list computed in memory (aggregates such as the compliance list or a ranking),
 * with the same cursors and page info as kit's SQL-paged lists.
 */
export function pageOfList<T>(items: readonly T[], args: ConnectionArgs): ConnectionValue<T> {
  const offset = offsetAfter(args.after);
  const slice = items.slice(offset, offset + args.first);
  const edges = slice.map((node, index) => ({ node, cursor: encodeCursor(offset + index) }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: offset + args.first < items.length,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/**
 * The UUIDv5 namespace of this project's demo data. Fixed forever: changing it changes every demo
 * id, and ids already stored in one subgraph's database would no longer match the others'.
 */
export const DEMO_NAMESPACE = '54a68823-0bdf-4dc8-874e-06f9b2445b1b';
// Parsed once: uuid would otherwise parse the namespace string for each of the city's millions of ids.
const NAMESPACE_BYTES = parseUuid(DEMO_NAMESPACE);

/**
 * The id of the demo entity at `path` (names from the district down, e.g.
 * `['平城区', '水泊寺街道', '文兴社区', '绿地璀璨天城']`): UUIDv5 of the segments joined by `/`.
 * Every subgraph's seed computes the same id for the same place without reading another database.
 *
 * @throws RangeError for an empty path or segment, or a segment containing `/` (two paths could
 *   then join to the same string).
 */
export function demoId(path: readonly string[]): string {
  if (path.length === 0 || path.some(segment => segment === '' || segment.includes('/'))) {
    throw new RangeError(`bad demo path: ${JSON.stringify(path)}`);
  }
  return uuidv5(path.join('/'), NAMESPACE_BYTES);
}

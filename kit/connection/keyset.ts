import { BadUserInputError } from '../errors';

const PREFIX = 'keyset:';

/**
 * Keyset cursors: the sort key of the last item seen, so the next page is `key > cursor` on an
 * index — constant cost at any depth, where an offset cursor re-reads every row before the page.
 * For machine exports over millions of rows (the territory sync); interactive lists keep offsets.
 */
export function encodeKeysetCursor(key: readonly string[]): string {
  return Buffer.from(`${PREFIX}${JSON.stringify(key)}`).toString('base64url');
}

/**
 * The key a page starts after: `null` without `after`; BAD_USER_INPUT on `after` for anything
 * that is not a cursor of `arity` strings this list could have returned.
 */
export function keysetAfter(after: string | null | undefined, arity: number): string[] | null {
  if (after === null || after === undefined) return null;
  const decoded = Buffer.from(after, 'base64url').toString();
  let key: unknown = null;
  if (decoded.startsWith(PREFIX)) {
    try {
      key = JSON.parse(decoded.slice(PREFIX.length));
    } catch {
      key = null;
    }
  }
  if (!Array.isArray(key) || key.length !== arity || !key.every((part) => typeof part === 'string')) {
    throw new BadUserInputError('after', 'cursor', 'after must be a cursor returned by this list');
  }
  return key as string[];
}

import { BadUserInputError } from '../errors';

const PREFIX = 'offset:';

/**
 * Cursors are opaque offsets: stable while the list does not change, and cheap to page in one
 * windowed query for many parents at once.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset a page starts at: 0 without `after`, else one past the cursor's item. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, 'base64url').toString();
  const offset = Number(decoded.slice(PREFIX.length));
  if (!decoded.startsWith(PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw new BadUserInputError('after', 'cursor', 'after must be a cursor returned by this list');
  }
  return offset + 1;
}

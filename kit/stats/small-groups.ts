import { PERSONAL_DATA_ROLES } from '../auth/personal-data';
import { hasAnyRole, type Viewer } from '../auth/viewer';

/** Counts of people below this, but above zero, could point at someone: BI sees them suppressed. */
export const SMALL_GROUP = 5;

/**
 * A count of people as this viewer may see it: `null` for a small group unless the viewer works
 * with personal data anyway (staff, grid workers); BI and partners get it only when it is safe.
 * Alone this is undone by subtraction wherever a whole and its other parts are shown too: counts
 * shown at several levels of the tree go through `complementarySuppression` instead.
 */
export function suppressSmallGroup(count: number, viewer: Viewer | null): number | null {
  if (count === 0 || count >= SMALL_GROUP || hasAnyRole(viewer, PERSONAL_DATA_ROLES)) return count;
  return null;
}

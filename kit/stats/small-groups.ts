import { PERSONAL_DATA_ROLES } from '../auth/personal-data';
import type { Role } from '../auth/role';
import { hasAnyRole, type Viewer } from '../auth/viewer';

/** Counts of people below this, but above zero, could point at someone: BI sees them suppressed. */
export const SMALL_GROUP = 5;

/**
 * A count of people as this viewer may see it: `null` for a small group unless the viewer works
 * with these people's data anyway (`exempt`: by default the staff and grid workers who read
 * residents); BI and partners get it only when it is safe. Alone this is undone by subtraction
 * wherever a whole and its other parts are shown too: counts shown at several levels of the tree
 * go through `complementarySuppression` instead.
 */
export function suppressSmallGroup(count: number, viewer: Viewer | null, exempt: readonly Role[] = PERSONAL_DATA_ROLES): number | null {
  if (count === 0 || count >= SMALL_GROUP || hasAnyRole(viewer, exempt)) return count;
  return null;
}

import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';

/** A viewer as a verified token would produce, for in-process tests. */
export function viewerWith(roles: Role[], scope: string[] = [], id = `test-${roles.join('-').toLowerCase()}`): Viewer {
  return { id, roles, scope: new Set(scope) };
}

export const cityAdmin = viewerWith([Role.CITY_ADMIN]);
export const biAnalyst = viewerWith([Role.BI_ANALYST]);

import type { Role } from './role';
import { canActAt, hasAnyRole, type Place, type Viewer } from './viewer';

/**
 * Who may read rows of one entity type: the roles, and where a row sits when scope matters. One
 * value per type, used by its single-item query and by its `__resolveReference` alike, so the two
 * cannot drift apart.
 */
export interface EntityAccess<T> {
  readonly roles: readonly Role[];
  /** Where a row sits; without it every holder of `roles` reads every row (catalogues, the territory tree). */
  readonly place?: (row: T) => Place;
}

export function mayRead<T>(viewer: Viewer | null, access: EntityAccess<T>, row: T): boolean {
  return access.place ? canActAt(viewer, access.roles, access.place(row)) : hasAnyRole(viewer, access.roles);
}

/**
 * The row when the viewer may read it, else `null`: an id outside the viewer's scope answers
 * exactly like an id that does not exist.
 */
export function readable<T>(viewer: Viewer | null, access: EntityAccess<T>, row: T | null | undefined): T | null {
  return row != null && mayRead(viewer, access, row) ? row : null;
}

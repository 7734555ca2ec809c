import type { Role } from './role';
import { BadUserInputError } from '../errors';
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

/**
 * For a command on a row of people (a resident, a member, an order): the row when the viewer holds
 * one of `roles` at its place, else the very BAD_USER_INPUT an unknown id gets — so that a command
 * cannot tell a caller that a row exists outside their scope.
 */
export function actableOrUnknown<T extends Place>(viewer: Viewer | null, roles: readonly Role[], row: T | null | undefined, field: string, message: string): T {
  if (row == null || !canActAt(viewer, roles, row)) throw new BadUserInputError(field, 'exists', message);
  return row;
}

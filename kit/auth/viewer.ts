import { CITY_WIDE_ROLES, Role } from './role';

/** The verified caller of a request. */
export interface Viewer {
  /** Token subject: a person's or an agency's account id. */
  readonly id: string;
  readonly roles: readonly Role[];
  /**
   * Territory ids (subdistrict, community, compound, building or grid) the caller works in.
   * A place is in scope when any of its ancestors is listed. Empty for city-wide roles.
   */
  readonly scope: ReadonlySet<string>;
}

/** Where a row sits in the territorial tree: every stored row carries these ids. */
export interface Place {
  readonly subdistrictId: string;
  readonly communityId?: string | null;
  readonly compoundId?: string | null;
  readonly buildingId?: string | null;
  readonly gridId?: string | null;
}

export function hasAnyRole(viewer: Viewer | null, roles: readonly Role[]): boolean {
  return !!viewer && viewer.roles.some((role) => roles.includes(role));
}

/**
 * True when the viewer holds one of `roles` and that role reaches `place`: city-wide roles reach
 * everything, others only the places under an id in their scope.
 */
export function canActAt(viewer: Viewer | null, roles: readonly Role[], place: Place): boolean {
  if (!viewer) return false;
  const held = viewer.roles.filter((role) => roles.includes(role));
  if (held.length === 0) return false;
  if (held.some((role) => CITY_WIDE_ROLES.includes(role))) return true;
  return [place.subdistrictId, place.communityId, place.compoundId, place.buildingId, place.gridId]
    .some((id) => !!id && viewer.scope.has(id));
}

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
  /**
   * A partner agency's `agency` claim: which registered operations (`schema/operations/<agency>/`)
   * the gateway lets its token run. Absent for everyone else.
   */
  readonly agency?: string;
}

/**
 * Where a row sits in the territorial tree: every stored row carries these ids. A district-level
 * row (a district-wide department, the district's own figures) has a `districtId` and no subdistrict.
 */
export interface Place {
  readonly districtId?: string | null;
  readonly subdistrictId?: string | null;
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
  return PLACE_KEYS.some((key) => !!place[key] && viewer.scope.has(place[key]));
}

/** The ids that place a row, broadest first. */
export const PLACE_KEYS = ['districtId', 'subdistrictId', 'communityId', 'compoundId', 'buildingId', 'gridId'] as const;
type PlaceKey = (typeof PLACE_KEYS)[number];

/**
 * The territorial ids of `source`, with their types, to place a new row under the same parent
 * (`Object.assign(new Household(), { ...placeOf(building), buildingId: building.id })`) instead
 * of copying each id by hand; ids `source` does not have are left out.
 */
export function placeOf<T extends object>(source: T): Pick<T, PlaceKey & keyof T> {
  const place: Partial<Record<PlaceKey, unknown>> = {};
  for (const key of PLACE_KEYS) if (key in source) place[key] = (source as Record<string, unknown>)[key];
  return place as Pick<T, PlaceKey & keyof T>;
}

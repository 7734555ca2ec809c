import type { Logger } from 'pino';
import { Role } from './role';
import { canActAt, type Place, type Viewer } from './viewer';

/** Roles that may read residents' personal data unmasked, inside their scope. */
export const PERSONAL_DATA_ROLES: readonly Role[] = [
  Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER,
];

export interface PersonalRead {
  readonly viewer: Viewer | null;
  readonly log: Logger;
  /** What the data belongs to, e.g. `Resident`, and its id: the audit trail names both. */
  readonly subject: { readonly type: string; readonly id: string } & Place;
  readonly field: string;
  /** Roles allowed to read this field unmasked; defaults to `PERSONAL_DATA_ROLES`. */
  readonly roles?: readonly Role[];
  /**
   * Allowed by something other than role and scope (a mediator assigned to the case): true reveals
   * the value to this viewer, still audited; false or absent leaves it to `roles` in scope.
   */
  readonly granted?: boolean;
}

/**
 * A personal value as this viewer may see it: unmasked only for an allowed role in scope — and
 * then written to the audit log — otherwise masked (`张*明`, `138****8000`).
 */
export function revealPersonal<T extends string | null>(read: PersonalRead, value: T, mask: (value: string) => string): T | string {
  if (value === null) return value;
  if (!(read.granted && read.viewer) && !canActAt(read.viewer, read.roles ?? PERSONAL_DATA_ROLES, read.subject)) return mask(value);
  read.log.info(
    { audit: 'personal-data-read', viewer: read.viewer?.id, subjectType: read.subject.type, subjectId: read.subject.id, field: read.field },
    'personal data read',
  );
  return value;
}

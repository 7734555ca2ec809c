import type { RequestAudit } from '../audit/request-audit';
import type { RevealReason } from '../audit/reveal-reason';
import { TERRITORIAL_STAFF, type Role } from './role';
import { canActAt, type Place, type Viewer } from './viewer';

/** Roles that may read residents' personal data unmasked, inside their scope. */
export const PERSONAL_DATA_ROLES: readonly Role[] = TERRITORIAL_STAFF;

export interface PersonalRead {
  readonly viewer: Viewer | null;
  /** The request's audit trail (`context.audit`): an unmasked read is noted there. */
  readonly audit: RequestAudit;
  /**
   * Why the caller asks for the value unmasked: the field's `reveal` argument. Null (not asked)
   * keeps the value masked for every role — a client sees personal data only when it says why.
   */
  readonly reason: RevealReason | null;
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
 * Whether this viewer may read `field` of `subject` unmasked: a reason given, and an allowed role in
 * scope or a grant. A `true` is a read, so it goes into the request's audit trail (written before the
 * response leaves, kit/audit/audit-plugin.ts); a `false` records nothing. For values that are shown
 * or withheld whole (an id, a list, whether someone is a member at all).
 */
export function mayRead(read: PersonalRead): boolean {
  if (read.reason === null) return false;
  if (!(read.granted && read.viewer) && !canActAt(read.viewer, read.roles ?? PERSONAL_DATA_ROLES, read.subject)) return false;
  // The value itself never goes into the trail: it says who read what and why, not what it was.
  read.audit.read(read.subject, read.field, read.reason);
  return true;
}

/**
 * A personal value as this viewer may see it: the value itself when `mayRead` (audited),
 * otherwise `mask(value)` (`张*明`, `138****8000`). A missing value stays missing, unaudited.
 */
export function reveal<T extends string | null>(read: PersonalRead, value: T, mask: (value: string) => string): T | string {
  if (value === null) return value;
  return mayRead(read) ? value : mask(value);
}

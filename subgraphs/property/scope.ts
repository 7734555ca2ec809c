import { revealPersonal } from '../../kit/auth/personal-data';
import { canActAt, type Place } from '../../kit/auth/viewer';
import type { PropertyContext } from './context';
import { PROPERTY_PERSONAL_ROLES, PROPERTY_READERS } from './roles';

/** True when the viewer may read this property row (every row carries its place). */
export function canRead({ viewer }: PropertyContext, row: Place): boolean {
  return canActAt(viewer, PROPERTY_READERS, row);
}

/** Rows of a list the viewer may read. */
export function readable<T extends Place>(context: PropertyContext, rows: readonly T[]): T[] {
  return rows.filter((row) => canRead(context, row));
}

/** True when the viewer may read property rows of this compound (its place through the territory copy). */
export async function canReadCompound(context: PropertyContext, compoundId: string): Promise<boolean> {
  const place = await context.loaders.placeById.load(compoundId);
  return !!place && canRead(context, place);
}

const HIDDEN = '\u0000hidden';

/**
 * Which resident a row names (who raised a suggestion, who sits for the residents), as this viewer
 * may see it: the id for allowed roles in scope (audited by kit's `revealPersonal`), else null.
 */
export function revealResidentId(context: PropertyContext, subject: { type: string; id: string } & Place, field: string, residentId: string | null): string | null {
  if (residentId === null) return null;
  const shown = revealPersonal({ viewer: context.viewer, log: context.log, field, roles: PROPERTY_PERSONAL_ROLES, subject }, residentId, () => HIDDEN);
  return shown === HIDDEN ? null : shown;
}

import { mayRead as mayReadRow } from '../../kit/auth/entity-access';
import type { RevealReason } from '../../kit/audit/reveal-reason';
import { mayRead } from '../../kit/auth/personal-data';
import type { Place } from '../../kit/auth/viewer';
import { ROW_ACCESS } from './access';
import type { PropertyContext } from './context';
import { PROPERTY_PERSONAL_ROLES } from './roles';

/** True when the viewer may read this property row (every row carries its place): `access.ts`'s rule. */
export function canRead({ viewer }: PropertyContext, row: Place): boolean {
  return mayReadRow(viewer, ROW_ACCESS, row);
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

/**
 * Which resident a row names (who raised a suggestion, who sits for the residents), as this viewer
 * may see it: the id for allowed roles in scope that give a reason (the field's `reveal` argument;
 * audited by kit's `mayRead`), else null.
 */
export function revealResidentId(context: PropertyContext, subject: { type: string; id: string } & Place, field: string, reason: RevealReason | undefined, residentId: string | null): string | null {
  if (residentId === null) return null;
  return mayRead({ viewer: context.viewer, audit: context.audit, reason: reason ?? null, field, roles: PROPERTY_PERSONAL_ROLES, subject }) ? residentId : null;
}

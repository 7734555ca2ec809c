import { canActAt } from '../../../kit/auth/viewer';
import type { Role } from '../../../kit/auth/role';
import { ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel, type CommunityPlace } from '../../../kit/territory/territory-copy';
import type { PropertyContext } from '../context';

/** The compound `id` names (BAD_USER_INPUT on `field` when it is none), which the viewer must reach with one of `roles`. */
export async function compoundInScope({ loaders, viewer }: PropertyContext, id: string, field: string, roles: readonly Role[]): Promise<CommunityPlace> {
  const place = await requirePlace(loaders.placeById, id, field, [TerritoryLevel.COMPOUND]);
  if (!canActAt(viewer, roles, place)) throw new ForbiddenError('This compound is outside your scope');
  return place as CommunityPlace;
}

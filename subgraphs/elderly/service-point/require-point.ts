import type { Role } from '../../../kit/auth/role';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import type { ServicePoint } from './service-point.entity';

/** The point of `id`, which must exist (else BAD_USER_INPUT on `field`) and lie in the viewer's scope for `roles`. */
export async function requirePoint({ loaders, viewer }: ElderlyContext, id: string, field: string, roles: readonly Role[]): Promise<ServicePoint> {
  const point = await loaders.pointById.load(id);
  if (!point) throw new BadUserInputError(field, 'exists', `${field} is not a known service point`);
  if (!canActAt(viewer, roles, point)) throw new ForbiddenError('This service point is outside your scope');
  return point;
}

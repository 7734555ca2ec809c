import { canActAt } from '../../../kit/auth/viewer';
import { ConflictError, ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { SERVICE_POINT_LIFECYCLE, type ServicePointCommand } from './service-point-lifecycle';
import type { ServicePointPayload } from './service-point-payload.type';
import { ServicePointStatusChange } from './service-point-status-change.entity';
import { ServicePoint } from './service-point.entity';
import type { ServicePointStatusInput } from './service-point.input';
import { POINT_MANAGERS } from '../roles';
import { requirePoint } from './require-point';

/**
 * Moves a point by the transition table and records the change, in one transaction. The update is
 * conditional on the status read, so of two concurrent commands the second finds nothing to move
 * and is CONFLICT, like a transition the table does not allow.
 */
export async function changePointStatus(context: ElderlyContext, command: ServicePointCommand, input: ServicePointStatusInput): Promise<ServicePointPayload> {
  const { em, viewer } = context;
  const point = await requirePoint(context, input.pointId, 'input.pointId', POINT_MANAGERS);
  const transition = SERVICE_POINT_LIFECYCLE.require(point.status, command);
  if (!canActAt(viewer, transition.roles, point)) throw new ForbiddenError('Your role may not do this');
  const from = point.status;
  await em.transactional(async (tx) => {
    const moved = await tx.nativeUpdate(ServicePoint, { id: point.id, status: from }, { status: transition.to });
    if (moved !== 1) throw new ConflictError('The point changed meanwhile; nothing was written. Reload and try again.');
    tx.persist(Object.assign(new ServicePointStatusChange(), {
      pointId: point.id, command, fromStatus: from, toStatus: transition.to, reason: input.reason ?? null,
      changedBy: viewer!.id, communityId: point.communityId, subdistrictId: point.subdistrictId,
    }));
  });
  point.status = transition.to;
  return { point };
}

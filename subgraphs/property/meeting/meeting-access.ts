import { canActAt } from '../../../kit/auth/viewer';
import type { Role } from '../../../kit/auth/role';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { canRead } from '../scope';
import type { JointMeeting } from './joint-meeting.entity';

/** The meeting `id` names, which the viewer must reach with one of `roles`: BAD_USER_INPUT when unknown or unseen, FORBIDDEN when seen but not theirs to act on. */
export async function meetingToActOn(context: PropertyContext, id: string, field: string, roles: readonly Role[]): Promise<JointMeeting> {
  const meeting = await context.loaders.meetingById.load(id);
  if (!meeting || !canRead(context, meeting)) throw new BadUserInputError(field, 'exists', `${field} is not a joint meeting you can see`);
  if (!canActAt(context.viewer, roles, meeting)) throw new ForbiddenError('Only the conveners may act on this meeting');
  return meeting;
}

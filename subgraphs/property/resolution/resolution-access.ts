import { BadUserInputError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { canRead } from '../scope';
import type { MeetingResolution } from './meeting-resolution.entity';

/** The resolution `id` names, if the viewer can see it; otherwise BAD_USER_INPUT on `field`. */
export async function visibleResolution(context: PropertyContext, id: string, field: string): Promise<MeetingResolution> {
  const resolution = await context.loaders.resolutionById.load(id);
  if (!resolution || !canRead(context, resolution)) throw new BadUserInputError(field, 'exists', `${field} is not a resolution you can see`);
  return resolution;
}

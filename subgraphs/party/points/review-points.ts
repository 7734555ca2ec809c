import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { PointsEntryPayload } from './points-entry-payload.type';
import { PointsEntry, PointsStatus } from './points-entry.entity';
import type { ReviewPointsInput } from './points.input';

/** Approves or rejects a submitted entry: only a manager in scope, only once. */
export async function reviewPoints({ em, viewer }: PartyContext, input: ReviewPointsInput, status: PointsStatus): Promise<PointsEntryPayload> {
  const entry = await em.findOne(PointsEntry, { id: input.entryId });
  if (!entry) throw new BadUserInputError('input.entryId', 'exists', 'input.entryId is not a known points entry');
  if (!canActAt(viewer, PARTY_MANAGERS, entry)) throw new ForbiddenError('This points entry is outside your scope');
  if (entry.status !== PointsStatus.SUBMITTED) throw new ConflictError(`This entry was already reviewed (${entry.status})`);
  await em.transactional(async (tx) => {
    Object.assign(entry, { status, reviewedBy: viewer!.id, reviewedAt: new Date() });
    tx.persist(entry);
  });
  return { entry };
}

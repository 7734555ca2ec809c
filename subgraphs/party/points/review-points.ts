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
  const review = { status, reviewedBy: viewer!.id, reviewedAt: new Date() };
  // Written only while it is still SUBMITTED, in one statement: of reviewers racing, one changes
  // the row and every other is told CONFLICT (a read-then-write would let each overwrite the last).
  const changed = await em.nativeUpdate(PointsEntry, { id: entry.id, status: PointsStatus.SUBMITTED }, review);
  if (changed === 0) throw new ConflictError('This entry was reviewed meanwhile');
  Object.assign(entry, review);
  return { entry };
}

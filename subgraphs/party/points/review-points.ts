import { actableOrUnknown } from '../../../kit/auth/entity-access';
import { ConflictError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { PointsEntryPayload } from './points-entry-payload.type';
import { PointsEntry, PointsStatus } from './points-entry.entity';
import type { ReviewPointsInput } from './points.input';

/** Approves or rejects a submitted entry: only a manager in scope, only once. */
export async function reviewPoints({ em, viewer }: PartyContext, input: ReviewPointsInput, status: PointsStatus): Promise<PointsEntryPayload> {
  const entry = actableOrUnknown(viewer, PARTY_MANAGERS, await em.findOne(PointsEntry, { id: input.entryId }), 'input.entryId', 'input.entryId is not a known points entry');
  if (entry.status !== PointsStatus.SUBMITTED) throw new ConflictError(`This entry was already reviewed (${entry.status})`);
  const review = { status, reviewedBy: viewer!.id, reviewedAt: new Date() };
  // Written only while it is still SUBMITTED, in one statement: of reviewers racing, one changes
  // the row and every other is told CONFLICT (a read-then-write would let each overwrite the last).
  const changed = await em.nativeUpdate(PointsEntry, { id: entry.id, status: PointsStatus.SUBMITTED }, review);
  if (changed === 0) throw new ConflictError('This entry was reviewed meanwhile');
  Object.assign(entry, review);
  return { entry };
}

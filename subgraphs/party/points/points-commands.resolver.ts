import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PARTY_CLERKS, PARTY_MANAGERS } from '../roles';
import { PointsEntry, PointsStatus } from './points-entry.entity';
import { ApprovePointsInput, RejectPointsInput, SubmitPointsInput, type ReviewPointsInput } from './points.input';

@ObjectType({ description: 'Result of submitting or reviewing points (积分申报/审定结果)' })
export class PointsEntryPayload {
  @Field(_type => PointsEntry, { description: 'The points entry (积分记录)' })
  entry!: PointsEntry;
}

/** The quarter (1–4) a date falls in. */
function quarterOf(date: Date): number {
  return Math.floor(date.getUTCMonth() / 3) + 1;
}

@Resolver()
export class PointsCommandsResolver {
  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => PointsEntryPayload, {
    description: "Enter points in a member's quarterly ledger for the organisation to review (积分申报: 支部记录、个人申报、群众建议、党员评议)",
  })
  async submitPoints(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: SubmitPointsInput, @Ctx() { em, loaders, viewer }: PartyContext): Promise<PointsEntryPayload> {
    const member = await loaders.memberById.load(input.memberId);
    if (!member) throw new BadUserInputError('input.memberId', 'exists', 'input.memberId is not a known party member');
    if (input.points === 0) throw new BadUserInputError('input.points', 'not zero', 'input.points must add or deduct something');
    const now = new Date();
    if (input.year * 4 + input.quarter > now.getUTCFullYear() * 4 + quarterOf(now)) {
      throw new BadUserInputError('input.quarter', 'not in the future', 'input.year and input.quarter name a quarter that has not begun');
    }
    if (!canActAt(viewer, PARTY_CLERKS, member)) throw new ForbiddenError('This member lives outside your scope');
    const entry = Object.assign(new PointsEntry(), {
      memberId: member.id,
      organizationId: member.organizationId,
      year: input.year,
      quarter: input.quarter,
      source: input.source,
      points: input.points,
      reason: input.reason,
      submittedBy: viewer!.id,
      communityId: member.communityId,
      subdistrictId: member.subdistrictId,
    });
    await em.transactional(async (tx) => {
      tx.persist(entry);
    });
    return { entry };
  }

  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PointsEntryPayload, { description: 'The organisation approves a submitted points entry (组织审定通过); only then it counts' })
  approvePoints(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ApprovePointsInput, @Ctx() context: PartyContext): Promise<PointsEntryPayload> {
    return review(context, input, PointsStatus.APPROVED);
  }

  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PointsEntryPayload, { description: 'The organisation rejects a submitted points entry (审定不通过)' })
  rejectPoints(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RejectPointsInput, @Ctx() context: PartyContext): Promise<PointsEntryPayload> {
    return review(context, input, PointsStatus.REJECTED);
  }
}

async function review({ em, viewer }: PartyContext, input: ReviewPointsInput, status: PointsStatus): Promise<PointsEntryPayload> {
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

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PARTY_CLERKS } from '../roles';
import { PointsEntryPayload } from './points-entry-payload.type';
import { PointsEntry } from './points-entry.entity';
import { SubmitPointsInput } from './points.input';

/** The quarter (1–4) a date falls in. */
function quarterOf(date: Date): number {
  return Math.floor(date.getUTCMonth() / 3) + 1;
}

@Resolver()
export class SubmitPointsResolver {
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
}

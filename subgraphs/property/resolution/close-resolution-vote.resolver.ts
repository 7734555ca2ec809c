import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardVersion } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { MeetingResolution, ResolutionState } from './meeting-resolution.entity';
import { visibleResolution } from './resolution-access';
import { CloseResolutionVoteInput } from './resolution.input';
import { isAdopted } from './vote-tally.loader';

@ObjectType({ description: 'Result of closing a vote (结束表决结果)' })
export class CloseResolutionVotePayload {
  @Field(_type => MeetingResolution, { description: 'The resolution, adopted or rejected (决议)' })
  resolution!: MeetingResolution;
}

@Resolver()
export class CloseResolutionVoteResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => CloseResolutionVotePayload, {
    description: 'Close the vote: adopted when the votes cast reach the quorum and more are for than against and abstaining together, else rejected (结束表决)',
  })
  async closeResolutionVote(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: CloseResolutionVoteInput,
    @Ctx() context: PropertyContext,
  ): Promise<CloseResolutionVotePayload> {
    const resolution = await visibleResolution(context, input.resolutionId, 'input.resolutionId');
    if (!canActAt(context.viewer, CONVENERS, resolution)) throw new ForbiddenError('Only the conveners close a vote');
    if (resolution.state !== ResolutionState.VOTING) throw new ConflictError(`The vote on this resolution is already closed: ${resolution.state}`);
    const tally = await context.loaders.voteTally.load(resolution.id);
    Object.assign(resolution, { state: isAdopted(tally, resolution.quorum) ? ResolutionState.ADOPTED : ResolutionState.REJECTED, closedAt: new Date() });
    await guardVersion('The vote was closed at the same moment; nothing was written', () => context.em.flush());
    return { resolution };
  }
}

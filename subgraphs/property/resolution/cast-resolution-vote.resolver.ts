import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { MeetingResolution, ResolutionState } from './meeting-resolution.entity';
import { visibleResolution } from './resolution-access';
import { ResolutionVote } from './resolution-vote.entity';
import { CastResolutionVoteInput } from './resolution.input';

@ObjectType({ description: 'Result of casting a vote (表决结果)' })
export class CastResolutionVotePayload {
  @Field(_type => MeetingResolution, { description: 'The resolution with its tally (决议)' })
  resolution!: MeetingResolution;
}

const VOTED = 'This participant has already voted on this resolution';

@Resolver()
export class CastResolutionVoteResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => CastResolutionVotePayload, { description: "Record a participant's vote on a resolution: one vote each, only those who attended (记录表决)" })
  async castResolutionVote(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: CastResolutionVoteInput,
    @Ctx() context: PropertyContext,
  ): Promise<CastResolutionVotePayload> {
    const resolution = await visibleResolution(context, input.resolutionId, 'input.resolutionId');
    if (!canActAt(context.viewer, CONVENERS, resolution)) throw new ForbiddenError('Only the conveners record votes');
    const participant = (await context.loaders.participantsByMeetingId.load(resolution.meetingId)).find((candidate) => candidate.id === input.participantId);
    if (!participant) throw new BadUserInputError('input.participantId', 'participant', 'input.participantId is not a participant of the meeting');
    if (!participant.attended) throw new BadUserInputError('input.participantId', 'attended', 'input.participantId did not attend the meeting');
    if (resolution.state !== ResolutionState.VOTING) throw new ConflictError(`The vote on this resolution is closed: ${resolution.state}`);
    if (await context.em.count(ResolutionVote, { resolutionId: resolution.id, participantId: participant.id })) throw new ConflictError(VOTED, 'input.participantId');
    const vote = Object.assign(new ResolutionVote(), { resolutionId: resolution.id, participantId: participant.id, choice: input.choice });
    await guardUnique([{ columns: ['resolution_id', 'participant_id'], field: 'input.participantId', message: VOTED }], () => context.em.persistAndFlush(vote));
    return { resolution };
  }
}

import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { visibleItem } from '../agenda/agenda-item-command';
import { VOTING_STAGES } from '../agenda/agenda-lifecycle';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { MeetingResolution } from './meeting-resolution.entity';
import { ProposeResolutionInput } from './resolution.input';

@ObjectType({ description: 'Result of putting a resolution to the vote (提出决议结果)' })
export class ProposeResolutionPayload {
  @Field(_type => MeetingResolution, { description: 'The resolution, open for votes (决议)' })
  resolution!: MeetingResolution;
}

@Resolver()
export class ProposeResolutionResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => ProposeResolutionPayload, { description: 'Put a resolution on a consulted agenda item to the vote of those who attended (提出决议, 付诸表决)' })
  async proposeResolution(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ProposeResolutionInput,
    @Ctx() context: PropertyContext,
  ): Promise<ProposeResolutionPayload> {
    const item = await visibleItem(context, input.itemId, 'input.itemId');
    if (!canActAt(context.viewer, CONVENERS, item)) throw new ForbiddenError('Only the conveners may put a resolution to the vote');
    const attended = (await context.loaders.participantsByMeetingId.load(item.meetingId)).filter((participant) => participant.attended).length;
    if (input.quorum != null && input.quorum > attended) {
      throw new BadUserInputError('input.quorum', 'at most attendance', `input.quorum exceeds the ${attended} participants who attended`);
    }
    if (!VOTING_STAGES.includes(item.stage)) throw new ConflictError(`Resolutions are voted on items at stage ${VOTING_STAGES.join(', ')}, not ${item.stage}`);
    const resolution = Object.assign(new MeetingResolution(), {
      itemId: item.id, meetingId: item.meetingId, text: input.text, quorum: input.quorum ?? Math.floor(attended / 2) + 1,
      communityId: item.communityId, subdistrictId: item.subdistrictId,
    });
    await context.em.persistAndFlush(resolution);
    return { resolution };
  }
}

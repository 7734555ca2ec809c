import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { GridEvent } from './grid-event.entity';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { MergeGridEventInput } from './grid-event.input';
import { GridEventCommand, OPEN_STATES } from './lifecycle';

@ObjectType({ description: 'Result of merging a duplicate event into its original' })
export class MergeGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class MergeGridEventResolver {
  @Authorized()
  @Mutation(_returns => MergeGridEventPayload, { description: 'Merge a duplicate event into its open original in the same community (合并重复事件)' })
  mergeGridEvent(@Arg('input', { description: 'The command (指令)' }) input: MergeGridEventInput, @Ctx() context: GridsContext): Promise<MergeGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.MERGE, {
      reason: input.note ?? `duplicate of ${input.originalEventId}`,
      check: async (event, em) => {
        const field = 'input.originalEventId';
        if (input.originalEventId === event.id) throw new BadUserInputError(field, 'another event', `${field} must be another event`);
        const original = await em.findOne(GridEvent, { id: input.originalEventId });
        if (!original || original.communityId !== event.communityId) {
          throw new BadUserInputError(field, 'same community', `${field} is not an event of the same community`);
        }
        if (!OPEN_STATES.includes(original.state)) throw new BadUserInputError(field, 'open', `${field} is ${original.state}, not open`);
      },
      apply: (event, now) => {
        event.duplicateOfId = input.originalEventId;
        event.closedAt = now;
      },
    });
  }
}

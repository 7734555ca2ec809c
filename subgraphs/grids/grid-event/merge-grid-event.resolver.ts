import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { readable } from '../../../kit/auth/entity-access';
import { BadUserInputError } from '../../../kit/errors';
import { GRID_EVENT_ACCESS } from '../access';
import type { GridsContext } from '../context';
import { GridEvent } from './grid-event.entity';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { MergeGridEventInput } from './grid-event.input';
import { GridEventCommand, OPEN_STATES } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of merging a duplicate event into its original' })
export class MergeGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class MergeGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => MergeGridEventPayload, { description: 'Merge a duplicate event into its open original in the same community (合并重复事件)' })
  mergeGridEvent(@Arg('input', { description: 'The command (指令)' }) input: MergeGridEventInput, @Ctx() context: GridsContext): Promise<MergeGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.MERGE, {
      reason: input.note ?? `duplicate of ${input.originalEventId}`,
      check: async (event, em) => {
        const field = 'input.originalEventId';
        if (input.originalEventId === event.id) throw new BadUserInputError(field, 'another event', `${field} must be another event`);
        // An original the viewer may not read answers like one that does not exist: merging must not
        // become a way to reach another grid's event through `duplicateOf`.
        const original = readable(context.viewer, GRID_EVENT_ACCESS, await em.findOne(GridEvent, { id: input.originalEventId }));
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

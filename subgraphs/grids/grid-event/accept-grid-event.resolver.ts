import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventCommandInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of accepting a grid event' })
export class AcceptGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class AcceptGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => AcceptGridEventPayload, { description: 'Accept a reported event and hold it: first-responder responsibility (受理, 首问负责制)' })
  acceptGridEvent(@Arg('input', { description: 'The command (指令)' }) input: GridEventCommandInput, @Ctx() context: GridsContext): Promise<AcceptGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.ACCEPT, {
      reason: input.note,
      apply: (event, now) => {
        // First-responder responsibility (首问负责制): whoever accepts at the current level holds it.
        event.holderId = context.viewer!.id;
        event.acceptedAt ??= now;
      },
    });
  }
}

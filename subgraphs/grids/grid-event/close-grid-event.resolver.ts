import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventCommandInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of closing a grid event' })
export class CloseGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class CloseGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => CloseGridEventPayload, { description: "Close a resolved event without the reporter's feedback (关闭)" })
  closeGridEvent(@Arg('input', { description: 'The command (指令)' }) input: GridEventCommandInput, @Ctx() context: GridsContext): Promise<CloseGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.CLOSE, {
      reason: input.note,
      apply: (event, now) => {
        event.closedAt = now;
      },
    });
  }
}

import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventCommandInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of starting to handle a grid event' })
export class StartGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class StartGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => StartGridEventPayload, { description: 'Start handling an accepted event (开始处理)' })
  startGridEvent(@Arg('input', { description: 'The command (指令)' }) input: GridEventCommandInput, @Ctx() context: GridsContext): Promise<StartGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.START, { reason: input.note });
  }
}

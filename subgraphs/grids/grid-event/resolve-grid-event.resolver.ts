import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { ResolveGridEventInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { applyResolution } from './resolution';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of resolving a grid event' })
export class ResolveGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class ResolveGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => ResolveGridEventPayload, { description: 'Resolve an event in progress, saying what was done (办结)' })
  resolveGridEvent(@Arg('input', { description: 'The command (指令)' }) input: ResolveGridEventInput, @Ctx() context: GridsContext): Promise<ResolveGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.RESOLVE, {
      reason: input.resolution,
      apply: (event, now) => applyResolution(event, input.resolution, now),
    });
  }
}

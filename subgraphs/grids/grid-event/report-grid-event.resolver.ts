import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { recordEvent } from '../../../kit/events/record-event';
import type { GridsContext } from '../context';
import { EVENT_HANDLERS } from '../roles';
import { GridEvent, GridEventSource } from './grid-event.entity';
import { gridEventReported } from './grid-event-events';
import { ReportGridEventInput } from './grid-event.input';
import { newGridEvent } from './new-grid-event';

@ObjectType({ description: 'Result of reporting a grid event' })
export class ReportGridEventPayload {
  @Field(_type => GridEvent, { description: 'The new event, REPORTED at grid level (网格事件)' })
  gridEvent!: GridEvent;
}

@Resolver()
export class ReportGridEventResolver {
  @Authorized(EVENT_HANDLERS)
  @Mutation(_returns => ReportGridEventPayload, { description: 'Report an event found on patrol or brought in by a resident (巡查发现、上报)' })
  async reportGridEvent(@Arg('input', { description: 'The command (指令)' }) input: ReportGridEventInput, @Ctx() { em, viewer, requestId }: GridsContext): Promise<ReportGridEventPayload> {
    if (input.source === GridEventSource.HOTLINE_12345) {
      throw new BadUserInputError('input.source', 'not hotline', '12345 tickets come in through submitHotlineTicket, with their ticket number');
    }
    const { event, transition } = await newGridEvent(em, viewer!, EVENT_HANDLERS, input, input.source);
    await em.transactional(async (tx) => {
      tx.persist(event);
      tx.persist(transition);
      await recordEvent(tx, requestId, gridEventReported(event));
    });
    return { gridEvent: event };
  }
}

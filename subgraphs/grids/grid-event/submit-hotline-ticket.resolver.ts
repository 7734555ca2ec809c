import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordEvent } from '../../../kit/events/record-event';
import { Idempotent } from '../../../kit/idempotency/idempotent';
import type { GridsContext } from '../context';
import { HOTLINE } from '../roles';
import { GridEvent, GridEventSource } from './grid-event.entity';
import { gridEventReported } from './grid-event-events';
import { SubmitHotlineTicketInput } from './grid-event.input';
import { newGridEvent } from './new-grid-event';

@ObjectType({ description: 'Result of handing a 12345 ticket to the grid' })
export class SubmitHotlineTicketPayload {
  @Field(_type => GridEvent, { description: 'The event created for the ticket; the same one on every retry (网格事件)' })
  gridEvent!: GridEvent;
}

@Resolver()
export class SubmitHotlineTicketResolver {
  @Authorized(HOTLINE)
  @Idempotent()
  @Mutation(_returns => SubmitHotlineTicketPayload, {
    description:
      'For the 12345 hotline (指尖12345): hand a ticket to the grid. Safe to retry: the same idempotency key with the same content returns the same event; with other content it is a CONFLICT',
  })
  async submitHotlineTicket(
    @Arg('input', { description: 'The command (指令)' }) input: SubmitHotlineTicketInput,
    @Ctx() { em, viewer, requestId }: GridsContext,
  ): Promise<SubmitHotlineTicketPayload> {
    const { event, transition } = await newGridEvent(em, viewer!, HOTLINE, input, GridEventSource.HOTLINE_12345, input.ticketNumber);
    await em.transactional(async tx => {
      tx.persist(event);
      tx.persist(transition);
      await recordEvent(tx, requestId, gridEventReported(event));
    });
    return { gridEvent: event };
  }
}

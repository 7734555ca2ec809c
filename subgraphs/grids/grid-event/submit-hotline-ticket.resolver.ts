import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createHash } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { ConflictError } from '../../../kit/errors';
import { recordEvent } from '../../../kit/events/record-event';
import type { GridsContext } from '../context';
import { HOTLINE } from '../roles';
import { GridEvent, GridEventSource } from './grid-event.entity';
import { gridEventReported } from './grid-event-events';
import { SubmitHotlineTicketInput } from './grid-event.input';
import { HotlineIntake } from './hotline-intake.entity';
import { newGridEvent } from './new-grid-event';

@ObjectType({ description: 'Result of handing a 12345 ticket to the grid' })
export class SubmitHotlineTicketPayload {
  @Field(_type => GridEvent, { description: 'The event created for the ticket; the same one on every retry (网格事件)' })
  gridEvent!: GridEvent;
}

/** SHA-256 over the content with keys sorted: what "the same request" means for an idempotency key. */
export function intakeContentHash(input: SubmitHotlineTicketInput): string {
  const { idempotencyKey: _key, ...content } = input;
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(content).filter(([, value]) => value != null).sort(([a], [b]) => a.localeCompare(b))));
  return createHash('sha256').update(canonical).digest('hex');
}

@Resolver()
export class SubmitHotlineTicketResolver {
  @Authorized(HOTLINE)
  @Mutation(_returns => SubmitHotlineTicketPayload, {
    description:
      'For the 12345 hotline (指尖12345): hand a ticket to the grid. Safe to retry: the same idempotency key with the same content returns the same event; with other content it is a CONFLICT',
  })
  async submitHotlineTicket(@Arg('input', { description: 'The command (指令)' }) input: SubmitHotlineTicketInput, @Ctx() { em, viewer, requestId }: GridsContext): Promise<SubmitHotlineTicketPayload> {
    const agencyId = viewer!.id;
    const contentHash = intakeContentHash(input);
    const earlier = await em.findOne(HotlineIntake, { agencyId, idempotencyKey: input.idempotencyKey });
    if (earlier) return replay(em, earlier, contentHash);

    const { event, transition } = await newGridEvent(em, viewer!, HOTLINE, input, GridEventSource.HOTLINE_12345, input.ticketNumber);
    const intake = Object.assign(new HotlineIntake(), {
      id: uuidv4(),
      agencyId,
      idempotencyKey: input.idempotencyKey,
      contentHash,
      eventId: event.id,
      receivedAt: event.reportedAt,
    });
    try {
      await em.transactional(async (tx) => {
        tx.persist(intake);
        tx.persist(event);
        tx.persist(transition);
        await recordEvent(tx, requestId, gridEventReported(event));
      });
    } catch (error) {
      // A concurrent retry with the same key won the race: answer as it did.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Read through the mutation's own transaction (kit/audit runs every mutation in one): the
      // savepoint rolled back, and a new statement sees the winner's committed row.
      const fresh = em.fork({ clear: true, keepTransactionContext: true }) as EntityManager;
      return replay(fresh, await fresh.findOneOrFail(HotlineIntake, { agencyId, idempotencyKey: input.idempotencyKey }), contentHash);
    }
    return { gridEvent: event };
  }
}

async function replay(em: EntityManager, intake: HotlineIntake, contentHash: string): Promise<SubmitHotlineTicketPayload> {
  if (intake.contentHash !== contentHash) {
    throw new ConflictError('This idempotency key was already used with different content; use a new key for a new ticket');
  }
  return { gridEvent: await em.findOneOrFail(GridEvent, { id: intake.eventId }) };
}

import type { EntityManager } from '@mikro-orm/knex';
import { Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Directive, Field, Int, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { Role } from '../auth/role';
import type { BaseContext } from '../context';
import { commitSignal } from './commit-signal';
import { OutboxEvent } from './outbox-event.entity';

/** Largest page of the feed: a replay from zero reads the whole outbox. */
export const MAX_FEED_PAGE = 1000;
export const DEFAULT_FEED_PAGE = 500;
/** Longest a caught-up reader's request may wait for a new event: well under the gateway's subgraph timeout (10 s by default). */
export const MAX_FEED_WAIT_MS = 5_000;
/** How often a waiting request looks for a new event (one primary-key lookup) besides being woken by a commit in this process. */
const WAIT_STEP_MS = 250;

@ObjectType({ description: 'One domain event of a subgraph\'s outbox, for the subgraphs that consume it (领域事件)' })
@Directive('@shareable')
export class FeedEvent {
  @Field(_type => Int, { description: 'Position in the producer\'s stream: 1, 2, 3 … without gaps' })
  sequence!: number;

  @Field({ description: 'What happened, e.g. territory.place.upserted' })
  type!: string;

  @Field({ description: 'Id of the thing it happened to' })
  aggregateId!: string;

  @Field({ description: 'The facts as JSON: ids and codes, never personal data' })
  payload!: string;

  @Field({ description: 'When the producer committed it' })
  occurredAt!: Date;

  @Field(_type => String, { nullable: true, description: 'Request id of the command that caused it' })
  requestId!: string | null;
}

@ObjectType({ description: 'A page of a subgraph\'s domain events after a sequence (事件流)' })
@Directive('@shareable')
export class EventFeedPage {
  @Field(_type => [FeedEvent], { description: 'Events after `after`, in sequence order' })
  events!: FeedEvent[];

  @Field(_type => Int, { description: 'Newest sequence in the stream (0 when empty): how far behind the reader is' })
  headSequence!: number;
}

@ArgsType()
export class EventFeedArgs {
  @Field(_type => Int, { defaultValue: 0, description: 'Sequence after which the page starts: the reader\'s checkpoint' })
  @Min(0)
  after: number = 0;

  @Field(_type => Int, { defaultValue: DEFAULT_FEED_PAGE, description: `Page size, 1–${MAX_FEED_PAGE} (machine readers only)` })
  @Min(1)
  @Max(MAX_FEED_PAGE)
  first: number = DEFAULT_FEED_PAGE;

  @Field(_type => Int, {
    defaultValue: 0,
    description: `When nothing follows \`after\`, wait up to this many milliseconds (0–${MAX_FEED_WAIT_MS}) for an event before answering (long poll): a caught-up reader learns of a new event at once, without a request every few hundred milliseconds`,
  })
  @Min(0)
  @Max(MAX_FEED_WAIT_MS)
  waitMs: number = 0;
}

async function headSequence(em: EntityManager): Promise<number> {
  const [{ head }] = await em.execute<{ head: number | string | null }[]>(`select max(sequence) as head from ${em.getMetadata().get(OutboxEvent.name).tableName}`);
  return Number(head ?? 0);
}

/**
 * A keyset page of the outbox: the newest sequence (waiting up to `waitMs` for one beyond `after`),
 * then one range scan on the primary key.
 */
export async function loadEventFeed(em: EntityManager, args: EventFeedArgs): Promise<EventFeedPage> {
  const commits = commitSignal(em);
  let head = await headSequence(em);
  for (const deadline = Date.now() + args.waitMs; head <= args.after && Date.now() < deadline;) {
    await commits.wait(Math.min(WAIT_STEP_MS, deadline - Date.now()));
    head = await headSequence(em);
  }
  // Plain rows, not entities: a replay reads the outbox a thousand rows at a time, hydration is waste.
  const rows: FeedEvent[] = head > args.after
    ? await em.createQueryBuilder(OutboxEvent).select(['sequence', 'type', 'aggregateId', 'payload', 'occurredAt', 'requestId'])
      .where({ sequence: { $gt: args.after } }).orderBy({ sequence: 'asc' }).limit(args.first).execute('all')
    : [];
  return {
    events: rows.map((row) => ({ ...row, sequence: Number(row.sequence), occurredAt: new Date(row.occurredAt) })),
    headSequence: head,
  };
}

/** Name of a producer's feed query in the supergraph: `gridsEvents`, `mediationEvents` … */
export function feedQueryName(producer: string): string {
  return `${producer}Events`;
}

/**
 * The resolver of a producer's event feed (`<producer>Events(after, first)`, SERVICE tokens only):
 * what consumers read through the gateway on the embedded transport. Call once per producer, at
 * module scope, and list the class among the subgraph's resolvers.
 */
export function eventFeedResolver(producer: string): ClassType {
  @Resolver()
  class EventFeedResolver {
    @Authorized([Role.SERVICE])
    @Query(_returns => EventFeedPage, {
      name: feedQueryName(producer),
      description: `The ${producer} subgraph's domain events after a sequence, for the subgraphs that consume them (事件流). SERVICE tokens only.`,
    })
    feed(@Args() args: EventFeedArgs, @Ctx() { em }: BaseContext): Promise<EventFeedPage> {
      return loadEventFeed(em, args);
    }
  }
  return EventFeedResolver;
}

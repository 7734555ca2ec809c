import { ArgsType, Field, InputType } from 'type-graphql';
import { BadUserInputError } from '../errors';

@InputType({ description: 'Period a statistic covers (统计区间): from inclusive, to exclusive' })
export class StatsPeriod {
  @Field({ description: 'From, inclusive (起)' })
  from!: Date;

  @Field({ description: 'To, exclusive; after from (止)' })
  to!: Date;
}

/** The one `period` argument of a subgraph's `…Stats` fields, with the same default everywhere. */
@ArgsType()
export class StatsPeriodArgs {
  @Field(_type => StatsPeriod, { nullable: true, description: 'Period the figures cover; the twelve months up to now when omitted (统计区间)' })
  period?: StatsPeriod | null;
}

const YEAR_MS = 365 * 86_400_000;

/**
 * The period asked for, or the twelve months up to `now` — the request's `receivedAt`, so every
 * field of one request means the same twelve months; BAD_USER_INPUT on `period.to` unless it runs forwards.
 */
export function statsPeriod({ period }: StatsPeriodArgs, now: Date): StatsPeriod {
  const { from, to } = period ?? { from: new Date(now.getTime() - YEAR_MS), to: now };
  if (!(to.getTime() > from.getTime())) throw new BadUserInputError('period.to', 'after from', 'period.to must come after period.from');
  return { from, to };
}

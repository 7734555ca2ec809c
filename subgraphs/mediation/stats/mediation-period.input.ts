import { ArgsType, Field, InputType } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';

@InputType({ description: 'A period: from inclusive, to exclusive (统计区间)' })
export class MediationPeriod {
  @Field({ description: 'From, inclusive (起)' })
  from!: Date;

  @Field({ description: 'To, exclusive; after from (止)' })
  to!: Date;
}

@ArgsType()
export class MediationStatsArgs {
  @Field(_type => MediationPeriod, { nullable: true, description: 'Period of registration; the twelve months up to now when omitted (统计区间)' })
  period?: MediationPeriod;
}

const YEAR_MS = 365 * 86_400_000;

/** The period asked for, checked (BAD_USER_INPUT on `period.to` when it does not end after it starts). */
export function statsPeriod(args: MediationStatsArgs, now: Date = new Date()): { from: Date; to: Date } {
  const period = args.period ?? { from: new Date(now.getTime() - YEAR_MS), to: now };
  if (!(period.to.getTime() > period.from.getTime())) throw new BadUserInputError('period.to', 'after from', 'period.to must come after period.from');
  return { from: period.from, to: period.to };
}

import { ArgsType, Field } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { PropertyPeriod } from './property-period.input';

@ArgsType()
export class PropertyStatsArgs {
  @Field(_type => PropertyPeriod, { description: 'Period the activity figures cover (统计区间)' })
  period!: PropertyPeriod;
}

/** The period, refused unless it runs forwards. */
export function checkedPeriod({ period }: PropertyStatsArgs): PropertyPeriod {
  if (!(period.from.getTime() < period.to.getTime())) throw new BadUserInputError('period.to', 'after from', 'period.to must come after period.from');
  return period;
}

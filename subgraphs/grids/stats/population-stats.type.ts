import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SMALL_GROUP } from '../../../kit/stats/small-groups';

/** Age from which a resident counts as elderly (老年人), as the seeds' 60+ figures do. */
export const ELDERLY_AGE = 60;

export const POPULATION_DESCRIPTION = 'Households, residents and the elderly living here (人口统计)';

@ObjectType({ description: 'Households and residents of a place (人口统计): counts only, never people' })
export class PopulationStats {
  @Field(_type => Int, { description: 'Households (户数)' })
  households!: number;

  @Field(_type => Int, { description: 'Residents (人口)' })
  residents!: number;

  @Field(_type => Int, {
    nullable: true,
    description: `Residents aged ${ELDERLY_AGE} or over (${ELDERLY_AGE}岁以上老年人); unless you work with personal data, null when fewer than ${SMALL_GROUP}, and null for a second place beside such a one so that it cannot be worked out by subtraction`,
  })
  elderly!: number | null;

  @Field(_type => Float, { nullable: true, description: 'elderly / residents; null without residents, or when `elderly` is suppressed (老龄化率)' })
  elderlyShare!: number | null;
}

import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ServicePointKind } from '../service-point/service-point.entity';
import { StatsBucketOf } from '../../../kit/stats/stats-interval';
import type { ElderlyStatsKey } from './elderly-stats.loader';

@ObjectType({ description: 'Open service points of one kind (分类服务点数)' })
export class ServicePointKindCount {
  @Field(_type => ServicePointKind, { description: 'Kind (类型)' })
  kind!: ServicePointKind;

  @Field(_type => Int, { description: 'Open points (运营中)' })
  count!: number;
}

/** The services of a period's days, or of one bucket's. */
@ObjectType({ description: 'Meals and home visits of a period (养老服务量)' })
export class ElderlyServices {
  @Field(_type => Int, { description: 'Meals served in the period, cancelled ones excluded (助餐人次)' })
  mealsServed!: number;

  @Field(_type => Int, { description: 'Government meal subsidies owed to operators for those meals, in fen (助餐补贴, 分)' })
  subsidiesFen!: number;

  @Field(_type => Int, { description: 'Home visits made in the period (上门服务次数)' })
  visitsMade!: number;
}

/** Elderly-care figures of a place: counts and rates, never people. */
@ObjectType({ description: 'Elderly-care statistics (养老服务统计) of a community, subdistrict or district over a period: counts, never people' })
export class ElderlyStats extends ElderlyServices {
  key!: ElderlyStatsKey;

  @Field({ description: 'First day counted, YYYY-MM-DD in China time, inclusive (起)' })
  from!: string;

  @Field({ description: 'Day after the last counted, exclusive (止)' })
  to!: string;

  @Field(_type => [ServicePointKindCount], {
    description: 'Open points by kind, every kind listed (e.g. 105 activity centres, 47 meal points, 31 happiness homes, 23 day-care centres)',
  })
  pointsByKind!: ServicePointKindCount[];

  @Field(_type => Int, { description: 'Elders with a profile (建档老人数)' })
  elders!: number;

  @Field(_type => Int, { description: 'Elders within a 15-minute walk of an open point of any kind (15分钟养老服务圈覆盖老人数)' })
  eldersCovered!: number;

  @Field(_type => Float, { nullable: true, description: 'eldersCovered / elders, four places; null without elders (覆盖率)' })
  coverageRate!: number | null;

  @Field(_type => Int, { description: 'Elders whose pension certification is overdue today (养老认证逾期人数)' })
  certificationsOverdue!: number;
}

/** One bucket of a place's elderly-care series: the meals and visits of its days. */
@ObjectType({ description: 'Meals and home visits of one day, week, month or quarter (养老服务分期统计)' })
export class ElderlyStatsBucket extends StatsBucketOf(ElderlyServices) {}

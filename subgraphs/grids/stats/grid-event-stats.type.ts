import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EventCategory } from '../grid-event/event-category.entity';
import { GridEventSource } from '../grid-event/grid-event.entity';
import { GridEventLevel } from '../grid-event/lifecycle';
import { StatsBucketOf } from '../../../kit/stats/stats-interval';
import { StatsKey } from './grid-event-stats.loader';

@ObjectType({ description: 'Counts of one slice of grid events (分项统计)' })
export class GridEventCounts {
  @Field(_type => Int, { description: 'Events accepted in the period, duplicates excluded (受理数)' })
  accepted!: number;

  @Field(_type => Int, { description: 'Of those, resolved or closed (处置数)' })
  disposed!: number;

  @Field(_type => Float, { nullable: true, description: 'disposed / accepted, e.g. 0.9874 for 58,621 / 59,369; null when none accepted (处置率)' })
  disposalRate!: number | null;

  @Field(_type => Int, { description: 'Resolved after their deadline, or still open past it or past the dispatch response hours (超期数)' })
  overdue!: number;
}

@ObjectType({ description: 'Grid event counts of one category (按类别统计)' })
export class GridEventCategoryCounts extends GridEventCounts {
  @Field(_type => EventCategory, { description: 'Category (事件类别)' })
  category!: EventCategory;
}

@ObjectType({ description: 'Grid event counts of one source (按来源统计)' })
export class GridEventSourceCounts extends GridEventCounts {
  @Field(_type => GridEventSource, { description: 'Source (事件来源)' })
  source!: GridEventSource;
}

@ObjectType({ description: 'Grid event counts at one handling level; overdue events count against the level holding them (按层级统计)' })
export class GridEventLevelCounts extends GridEventCounts {
  @Field(_type => GridEventLevel, { description: 'Handling level (处置层级)' })
  level!: GridEventLevel;
}

/** The figures of the events reported in a period, or in one bucket of a series. */
@ObjectType({ description: 'Grid event figures of a period (网格事件统计)' })
export class GridEventFigures extends GridEventCounts {
  @Field(_type => Float, { nullable: true, description: 'Average hours from report to resolution of disposed events (平均办结用时, 小时)' })
  averageHoursToResolve!: number | null;

  @Field(_type => Int, { description: 'Events with feedback from their reporter (已反馈数)' })
  feedbackCount!: number;

  @Field(_type => Int, { description: 'Of those, satisfied (满意数)' })
  satisfiedCount!: number;

  @Field(_type => Float, { nullable: true, description: 'satisfied / feedback; null without feedback (满意率)' })
  satisfactionRate!: number | null;

  @Field(_type => Int, { description: 'Problems found on on-site inspections, accepted in the period: the problem list (实地点位问题清单)' })
  inspectionFindings!: number;

  @Field(_type => Int, { description: 'Of those, rectified (resolved or closed): the rectification list (整改清单)' })
  rectified!: number;

  @Field(_type => Float, {
    nullable: true,
    description: 'rectified / inspectionFindings, e.g. 0.9059 for 3,853 / 4,253; null without findings (综合整改率)',
  })
  rectificationRate!: number | null;
}
/**
 * Grid event statistics of a place over a period, as the seeds report them (受理 59,369 件, 处置
 * 58,621 件, 处置率 98.74%). The breakdowns are separate fields so each costs one statement only when asked.
 */
@ObjectType({ description: 'Grid event statistics of a place over a period (网格事件统计: 受理、处置、处置率、超期、满意度)' })
export class GridEventStats extends GridEventFigures {
  key!: StatsKey;
}

/** One bucket of a place's grid event series: the figures of the events reported in it. */
@ObjectType({ description: 'Grid event figures of one day, week, month or quarter, of the events reported in it (网格事件分期统计)' })
export class GridEventStatsBucket extends StatsBucketOf(GridEventFigures) {}

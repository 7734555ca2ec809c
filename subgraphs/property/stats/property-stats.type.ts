import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CommitteeKind } from '../committee/owners-committee.entity';
import { ManagementMode } from '../management/compound-management.entity';
import { StatsBucketOf } from '../../../kit/stats/stats-interval';
import type { PropertyStatsKey } from './property-stats.loader';

@ObjectType({ description: 'Compounds under one management mode (按管理方式的小区数)' })
export class ManagementModeCount {
  @Field(_type => ManagementMode, { description: 'Mode (管理方式)' })
  mode!: ManagementMode;

  @Field(_type => Int, { description: 'Compounds (小区数)' })
  compounds!: number;
}

@ObjectType({ description: "Sitting owners' bodies of one kind (按类型的业委会 / 物管会数)" })
export class CommitteeKindCount {
  @Field(_type => CommitteeKind, { description: 'Kind (类型)' })
  kind!: CommitteeKind;

  @Field(_type => Int, { description: 'Committees (个数)' })
  committees!: number;
}

/** The activity of a period, or of one bucket of a series: rows dated in it. */
@ObjectType({ description: 'Property-management activity of a period (物业治理活动)' })
export class PropertyActivity {
  @Field(_type => Int, { description: 'Joint meetings held in the period (召开联席会议数)' })
  meetingsHeld!: number;

  @Field(_type => Int, { description: 'Problems taken onto an agenda in the period (征集议题数)' })
  problemsRaised!: number;

  @Field(_type => Int, { description: 'Problems whose result was published in the period: solved (解决问题数)' })
  problemsSolved!: number;

  @Field(_type => Int, { description: 'Suggestions raised in the period (居民建议数)' })
  suggestionsRaised!: number;

  @Field(_type => Int, { description: 'Suggestions solved in the period (建议解决数)' })
  suggestionsSolved!: number;
}

/**
 * Property-management figures of a community or subdistrict: activity in the period (meetings,
 * problems, suggestions, satisfaction) and the standing picture now (management, committees, tasks).
 */
@ObjectType({ description: 'Property-management statistics (物业治理统计) of a community or subdistrict' })
export class PropertyStats extends PropertyActivity {
  key!: PropertyStatsKey;

  @Field(_type => Int, { description: 'Compounds now (小区数)' })
  compounds!: number;

  @Field(_type => [ManagementModeCount], { description: 'Compounds by current management mode, every mode listed (按管理方式)' })
  compoundsByManagementMode!: ManagementModeCount[];

  @Field(_type => Int, { description: 'Compounds with no management now: the campaign brings this to zero (无物业小区数)' })
  unmanagedCompounds!: number;

  @Field(_type => [CommitteeKindCount], { description: 'Sitting committees by kind, both kinds listed (业委会 / 物管会)' })
  committeesByKind!: CommitteeKindCount[];

  @Field(_type => Int, { description: 'Follow-up tasks open now (待办督办任务数)' })
  openFollowUpTasks!: number;

  @Field(_type => Int, { description: 'Of those, past their due date (超期任务数)' })
  overdueFollowUpTasks!: number;

  @Field(_type => Int, { description: 'Survey responses for quarters starting in the period (测评答卷数)' })
  surveyResponses!: number;

  @Field(_type => Float, { nullable: true, description: 'Mean score 1–5 of those responses; null without responses (平均得分)' })
  averageSatisfactionScore!: number | null;

  @Field(_type => Float, { nullable: true, description: 'Satisfied responses / responses, 0–1; null without responses (满意率)' })
  satisfactionRate!: number | null;
}

/** One bucket of a place's property series. Survey figures are by quarter already (ask propertyStats of a quarter). */
@ObjectType({ description: 'Property-management activity of one day, week, month or quarter (物业治理分期统计)' })
export class PropertyStatsBucket extends StatsBucketOf(PropertyActivity) {}

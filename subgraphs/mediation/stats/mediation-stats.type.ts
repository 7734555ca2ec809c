import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DisputeCategory } from '../mediation-case/dispute.enums';
import { MediationLevel } from '../mediation-case/lifecycle';
import { StatsBucketOf } from '../../../kit/stats/stats-interval';
import type { MediationStatsKey } from './mediation-stats.loader';

/** The outcome figures of a set of cases, alike for a period, a category and a bucket. */
@ObjectType({ description: 'Outcomes of a set of registered cases (调解结果)' })
export class MediationCaseFigures {
  @Field(_type => Int, { description: 'Cases registered (受理案件)' })
  cases!: number;

  @Field(_type => Int, { description: 'Handed up at least once (上交案件)' })
  escalated!: number;

  @Field(_type => Int, { description: 'Withdrawn (撤回)' })
  withdrawn!: number;

  @Field(_type => Int, { description: 'Concluded: agreed, or closed without agreement (已结)' })
  concluded!: number;

  @Field(_type => Int, { description: 'Settled by agreement (调解成功)' })
  agreed!: number;

  @Field(_type => Int, { description: 'Settled by agreement at grid or community level (在社区化解)' })
  settledAtCommunity!: number;

  @Field(_type => Float, { nullable: true, description: 'settledAtCommunity / concluded; null when none concluded (社区化解率, 小事不出村)' })
  settledAtCommunityRate!: number | null;

  @Field(_type => Float, { nullable: true, description: 'agreed / concluded; null when none concluded (调解成功率)' })
  agreementRate!: number | null;

  @Field(_type => Int, { description: 'Agreements whose fulfilment was checked (已核实履行)' })
  fulfilmentChecked!: number;

  @Field(_type => Int, { description: 'Of those, fulfilled (已履行)' })
  fulfilled!: number;

  @Field(_type => Float, { nullable: true, description: 'fulfilled / fulfilmentChecked; null when none checked (履行率)' })
  fulfilmentRate!: number | null;
}

@ObjectType({ description: 'Cases of one category and their outcomes (按类别)' })
export class MediationCategoryCount extends MediationCaseFigures {
  @Field(_type => DisputeCategory, { description: 'Category (纠纷类别)' })
  category!: DisputeCategory;
}

/** One bucket of a place's mediation series: the outcomes of the cases registered in it. */
@ObjectType({ description: 'Mediation figures of one day, week, month or quarter, of the cases registered in it (矛盾纠纷调解分期统计)' })
export class MediationStatsBucket extends StatsBucketOf(MediationCaseFigures) {}

@ObjectType({ description: 'Cases at one level now (按当前层级)' })
export class MediationLevelCount {
  @Field(_type => MediationLevel, { description: 'Level (调解层级)' })
  level!: MediationLevel;

  @Field(_type => Int, { description: 'Cases (案件数)' })
  cases!: number;
}

@ObjectType({ description: 'Cases one team holds (按调解组织)' })
export class MediationTeamCount {
  teamId!: string;

  @Field(_type => Int, { description: 'Cases it holds (案件数)' })
  cases!: number;

  @Field(_type => Int, { description: 'Of those, settled by agreement (调解成功)' })
  agreed!: number;
}

/**
 * Mediation figures of a place over a period (矛盾纠纷调解统计), of the cases registered in it:
 * the share settled at community level or below is the measure of success (小事不出村).
 */
@ObjectType({ description: 'Mediation statistics of a place over a period, of the cases registered in it (矛盾纠纷调解统计)' })
export class MediationStats extends MediationCaseFigures {
  key!: MediationStatsKey;

  @Field({ description: 'From, inclusive (起)' })
  from!: Date;

  @Field({ description: 'To, exclusive (止)' })
  to!: Date;

  @Field(_type => [MediationCategoryCount], { description: 'By category, most first (按类别)' })
  byCategory!: MediationCategoryCount[];

  @Field(_type => [MediationLevelCount], { description: 'By the level holding them now, from the bottom (按层级)' })
  byLevel!: MediationLevelCount[];

  @Field(_type => Int, { description: 'Leads shared at joint sessions in the period (共享线索)' })
  leadsShared!: number;

  @Field(_type => Int, { description: 'Of those, resolved: became a case or closed with a reason (已化解线索)' })
  leadsResolved!: number;

  @Field(_type => [MediationTeamCount], { description: 'Cases per team holding them, most first (各调解组织办案)' })
  byTeam!: MediationTeamCount[];
}

import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v4 as uuidv4 } from 'uuid';
import { SatisfactionSurvey } from './satisfaction-survey.entity';

/**
 * One household's answers to a survey. The unique constraint on (survey, household) enforces one
 * response per household; company, period and scope are repeated so aggregates need no join.
 */
@Entity()
@Unique({ properties: ['surveyId', 'householdId'] })
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => SatisfactionSurvey, mapToPk: true, fieldName: 'survey_id' })
  surveyId!: string;

  @Property({ type: 'uuid', index: true })
  householdId!: string;

  @Property({ type: 'json' })
  scores!: number[];

  /** Mean of `scores`, kept so averages and satisfied counts are one grouped statement. */
  @Property({ type: 'double' })
  meanScore!: number;

  @Property({ type: 'boolean' })
  satisfied!: boolean;

  @Property({ type: 'uuid', index: true })
  companyId!: string;

  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'string', length: 10 })
  periodStartsOn!: string;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();
}

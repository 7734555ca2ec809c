import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PropertyCompany } from '../company/property-company.entity';

/** Score scale of every question: 1 (very dissatisfied) to 5 (very satisfied). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
/** A response whose mean score is at least this counts as satisfied (满意). */
export const SATISFIED_MEAN = 4;

/**
 * A satisfaction survey (满意度测评) of the property company's service in one compound over one
 * quarter. One per compound and quarter; one response per household (a unique constraint).
 */
@ObjectType({ description: "Satisfaction survey of a property company's service in a compound over a quarter (物业服务满意度测评)" })
@Directive('@key(fields: "id")')
@Entity()
@Unique({ properties: ['compoundId', 'period'] })
export class SatisfactionSurvey {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PropertyCompany, mapToPk: true, fieldName: 'company_id', index: true })
  companyId!: string;

  @Field({ description: 'Quarter surveyed, e.g. 2025-Q3 (测评周期)' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field({ description: 'First day of the quarter, YYYY-MM-DD (周期起始日)' })
  @Property({ type: 'string', length: 10, index: true })
  periodStartsOn!: string;

  @Field(_type => [String], { description: 'Questions, each scored 1–5 (测评题目)' })
  @Property({ type: 'json' })
  questions!: string[];

  @Field(_type => Float, { description: 'Satisfaction rate below which the compound is flagged, 0–1 (预警线)' })
  @Property({ type: 'double' })
  threshold!: number;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When it was opened (发起时间)' })
  @Property({ type: 'datetime' })
  openedAt: Date = new Date();
}

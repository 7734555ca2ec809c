import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { AgendaItemStage } from './agenda-lifecycle';

/** Where an agenda item came from (议题来源). */
export enum AgendaItemSource {
  RESIDENT_SUGGESTION = 'RESIDENT_SUGGESTION',
  GRID_EVENT = 'GRID_EVENT',
  SURVEY = 'SURVEY',
  INSPECTION = 'INSPECTION',
}
registerEnumType(AgendaItemSource, {
  name: 'AgendaItemSource',
  description: 'Where an agenda item came from (议题来源)',
  valuesConfig: {
    RESIDENT_SUGGESTION: { description: "A resident's or building's suggestion (居民建议)" },
    GRID_EVENT: { description: 'A grid event (网格事件)' },
    SURVEY: { description: 'A satisfaction survey (满意度测评)' },
    INSPECTION: { description: 'An inspection walk of the compound (巡查)' },
  },
});

/** A problem on a joint meeting's agenda, taken through "一征三议两公开" (议题). */
@ObjectType({ description: 'Agenda item of a joint meeting (议题), taken through 一征三议两公开' })
@Directive('@key(fields: "id")')
@Entity()
@Unique({ properties: ['meetingId', 'position'] })
@Index({ properties: ['communityId', 'solicitedAt'] })
export class AgendaItem {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => JointMeeting, mapToPk: true, fieldName: 'meeting_id' })
  meetingId!: string;

  @Field(_type => Int, { description: 'Position on the agenda, from 1 (序号)' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'The problem (议题)' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(_type => AgendaItemSource, { description: 'Where it came from (来源)' })
  @Enum({ items: () => AgendaItemSource })
  source!: AgendaItemSource;

  @Property({ type: 'uuid', nullable: true, index: true })
  gridEventId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  suggestionId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  surveyId: string | null = null;

  @Field(_type => AgendaItemStage, { description: 'Stage in 一征三议两公开 (环节)' })
  @Enum({ items: () => AgendaItemStage })
  stage: AgendaItemStage = AgendaItemStage.SOLICITED;

  @Field({ description: 'When it was taken up (征集时间)' })
  @Property({ type: 'datetime' })
  solicitedAt!: Date;

  @Field(_type => Date, { nullable: true, description: 'When the decision was published (决议公开时间)' })
  @Property({ type: 'datetime', nullable: true })
  decisionPublishedAt: Date | null = null;

  @Field(_type => Date, { nullable: true, description: 'When the result was published: the problem is solved (结果公开时间)' })
  @Property({ type: 'datetime', nullable: true })
  resultPublishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  /** Optimistic lock: two concurrent commands on one item cannot both win. */
  @Field(_type => Int, { description: 'Version, raised by every step (版本)' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

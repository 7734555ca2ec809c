import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.entity';
import { Grid } from '../grid/grid.entity';
import { EventCategory } from './event-category.entity';
import { GridEventLevel, GridEventState } from './lifecycle';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

export enum GridEventSource {
  RESIDENT_REPORT = 'RESIDENT_REPORT',
  PATROL = 'PATROL',
  HOTLINE_12345 = 'HOTLINE_12345',
  APP_PHOTO = 'APP_PHOTO',
  SUPERIOR_ASSIGNMENT = 'SUPERIOR_ASSIGNMENT',
  DEPARTMENT_LEAD = 'DEPARTMENT_LEAD',
  INSPECTION = 'INSPECTION',
}
registerEnumType(GridEventSource, {
  name: 'GridEventSource',
  description: 'Where an event came from (事件来源)',
  valuesConfig: {
    RESIDENT_REPORT: { description: 'Reported by a resident (居民反映)' },
    PATROL: { description: "Found on a grid worker's patrol (网格员巡查发现)" },
    HOTLINE_12345: { description: 'The 12345 hotline (指尖12345 / 12345热线), with its ticket number' },
    APP_PHOTO: { description: 'Photo report in the app (随手拍)' },
    SUPERIOR_ASSIGNMENT: { description: 'Assigned by a superior (上级交办)' },
    DEPARTMENT_LEAD: { description: 'Lead passed on by a department (部门移交)' },
    INSPECTION: {
      description: 'Found on an on-site inspection of points (实地点位检查): the problem list (问题清单), rectified when resolved (整改清单)',
    },
  },
});

export enum GridEventPriority {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
registerEnumType(GridEventPriority, { name: 'GridEventPriority', description: 'Priority (紧急程度): normal (一般) or urgent (紧急)' });

/** At most this many photos or files per event (附件). */
export const MAX_ATTACHMENTS = 9;

/**
 * Grid event (网格事件): found, reported, handled and fed back on in a grid (巡查、发现、上报、处理、反馈).
 * Carries the ids of its grid, community, subdistrict and district so scope and stats need no joins.
 */
@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.GridEvent })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ['communityId', 'reportedAt'] })
export class GridEvent {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => EventCategory, mapToPk: true, fieldName: 'category_id', index: true })
  categoryId!: string;

  @Field({ description: 'What was found or reported (事件描述)' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => Grid, mapToPk: true, fieldName: 'grid_id', index: true })
  gridId!: string;

  @Field(_type => ID, { nullable: true, description: 'Compound, where known (小区)' })
  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Field(_type => ID, { nullable: true, description: 'Building, where known (楼栋)' })
  @Property({ type: 'uuid', nullable: true, index: true })
  buildingId: string | null = null;

  @Field(_type => ID, { nullable: true, description: 'Household, where known (住户)' })
  @Property({ type: 'uuid', nullable: true, index: true })
  householdId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', index: true })
  districtId!: string;

  @Field(_type => GridEventSource, { description: 'Source (事件来源)' })
  @Enum({ items: () => GridEventSource, index: true })
  source!: GridEventSource;

  @Field(_type => String, { nullable: true, description: 'Ticket number of the 12345 hotline (12345工单号)' })
  @Property({ type: 'string', nullable: true, index: true })
  externalTicket: string | null = null;

  /** Token subject of whoever reported it: the reporter gives feedback. */
  @Field({ description: 'Account that reported it (上报账号)' })
  @Property({ type: 'string', index: true })
  reportedBy!: string;

  /** Personal data: exposed masked only. */
  @Property({ type: 'string', nullable: true })
  reporterName: string | null = null;

  @Property({ type: 'string', nullable: true })
  reporterPhone: string | null = null;

  @Field(_type => [String], { description: 'Photos and files, by http(s) URL (附件)' })
  @Property({ type: 'json' })
  attachmentUrls: string[] = [];

  @Field(_type => GridEventPriority, { description: 'Priority (紧急程度)' })
  @Enum({ items: () => GridEventPriority, index: true })
  priority!: GridEventPriority;

  @Field(_type => GridEventState, { description: 'Current state (当前状态)' })
  @Enum({ items: () => GridEventState, index: true })
  state!: GridEventState;

  @Field(_type => GridEventLevel, { description: 'Level handling it now in the three-level chain (当前处置层级)' })
  @Enum({ items: () => GridEventLevel, index: true })
  level!: GridEventLevel;

  @Field(_type => String, { nullable: true, description: 'Account holding it under first-responder responsibility (首问责任人账号)' })
  @Property({ type: 'string', nullable: true })
  holderId: string | null = null;

  @ManyToOne({ entity: () => Department, mapToPk: true, fieldName: 'department_id', nullable: true, index: true })
  departmentId: string | null = null;

  @Field(_type => Date, { nullable: true, description: "Deadline for the department's receiver to answer the dispatch (报到时限)" })
  @Property({ type: 'datetime', nullable: true, index: true })
  dispatchDeadlineAt: Date | null = null;

  @Field({ description: 'Deadline to resolve, from category and priority (办结时限)' })
  @Property({ type: 'datetime', index: true })
  deadlineAt!: Date;

  @Field({ description: 'Reported at (上报时间)' })
  @Property({ type: 'datetime', index: true })
  reportedAt!: Date;

  @Field(_type => Date, { nullable: true, description: 'First accepted at (受理时间)' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(_type => Date, { nullable: true, description: 'Resolved at (办结时间)' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Field(_type => Date, { nullable: true, description: 'Closed at (关闭时间)' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(_type => String, { nullable: true, description: 'What was done (处置情况)' })
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  /** Set on resolving, so stats need no date arithmetic in SQL. */
  @Property({ type: 'boolean' })
  resolvedLate: boolean = false;

  @Field(_type => Float, { nullable: true, description: 'Hours from report to resolution (办结用时, 小时)' })
  @Property({ type: 'double', nullable: true })
  hoursToResolve: number | null = null;

  @Field(_type => Boolean, { nullable: true, description: "Reporter's feedback: satisfied or not; null before feedback (群众满意度)" })
  @Property({ type: 'boolean', nullable: true })
  satisfied: boolean | null = null;

  @Field(_type => ID, { nullable: true, description: 'The original this duplicate was merged into (合并至)' })
  @Property({ type: 'uuid', nullable: true, index: true })
  duplicateOfId: string | null = null;

  /** Optimistic lock: two concurrent commands on one event cannot both win. */
  @Field(_type => Int, { description: 'Version, raised by every transition (版本)' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUrl, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CITY_WIDE_ROLES } from '../../../kit/auth/role';
import type { Viewer } from '../../../kit/auth/viewer';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { IdempotencyKeyField } from '../../../kit/idempotency/idempotency-key';
import { IsMainlandMobile, IsPlainText } from '../../../kit/personal/validators';
import { GridEvent, GridEventPriority, GridEventSource, MAX_ATTACHMENTS } from './grid-event.entity';
import { GridEventLevel, GridEventState } from './lifecycle';
import { overdueFilter } from './overdue';

@InputType({ description: 'Filter for grid events' })
export class GridEventWhere {
  @Field(_type => [GridEventState], { nullable: true, description: 'In one of these states (状态)' })
  @IsOptional()
  @IsEnum(GridEventState, { each: true })
  states?: GridEventState[];

  @Field(_type => GridEventSource, { nullable: true, description: 'From this source (来源)' })
  source?: GridEventSource;

  @Field(_type => GridEventLevel, { nullable: true, description: 'Handled at this level (处置层级)' })
  level?: GridEventLevel;

  @Field(_type => GridEventPriority, { nullable: true, description: 'Priority (紧急程度)' })
  priority?: GridEventPriority;

  @Field(_type => ID, { nullable: true, description: 'Category (事件类别)' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(_type => ID, { nullable: true, description: 'Dispatched to this department (职能部门)' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @Field(_type => Boolean, { nullable: true, description: 'Overdue (true) or not (false): open past the deadline to resolve, or a dispatch unanswered past its response hours (超期)' })
  overdue?: boolean;

  @Field(_type => Date, { nullable: true, description: 'Reported at or after (上报时间起)' })
  reportedFrom?: Date;

  @Field(_type => Date, { nullable: true, description: 'Reported before (上报时间止)' })
  reportedTo?: Date;

  @Field(_type => [String], { nullable: true, description: '12345 ticket numbers (12345工单号)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ticketNumbers?: string[];
}

export enum GridEventOrderField {
  REPORTED_AT = 'REPORTED_AT',
  DEADLINE_AT = 'DEADLINE_AT',
}
registerEnumType(GridEventOrderField, { name: 'GridEventOrderField', description: 'Sort keys for grid events' });
export const GridEventOrderBy = OrderByInput('GridEvent', GridEventOrderField, GridEventOrderField.REPORTED_AT);

@ArgsType()
export class GridEventsArgs extends ConnectionArgs {
  @Field(_type => GridEventWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: GridEventWhere;

  @Field(_type => GridEventOrderBy, { nullable: true, description: 'Order; by report time, oldest first, by default (排序)' })
  orderBy?: OrderBy<GridEventOrderField>;
}

/** The typed filter as MikroORM conditions; `now` decides what is overdue. */
export function gridEventFilter(where: GridEventWhere = {}, now: Date = new Date()): FilterQuery<GridEvent> {
  const and: FilterQuery<GridEvent>[] = [];
  if (where.states?.length) and.push({ state: { $in: where.states } });
  if (where.source) and.push({ source: where.source });
  if (where.level) and.push({ level: where.level });
  if (where.priority) and.push({ priority: where.priority });
  if (where.categoryId) and.push({ categoryId: where.categoryId });
  if (where.departmentId) and.push({ departmentId: where.departmentId });
  if (where.reportedFrom) and.push({ reportedAt: { $gte: where.reportedFrom } });
  if (where.reportedTo) and.push({ reportedAt: { $lt: where.reportedTo } });
  if (where.ticketNumbers) and.push({ externalTicket: { $in: where.ticketNumbers } });
  const overdue = overdueFilter(now);
  if (where.overdue === true) and.push(overdue);
  if (where.overdue === false) and.push({ $not: overdue } as FilterQuery<GridEvent>);
  return and.length ? { $and: and } : {};
}

/** Only the events in the viewer's territory: every row carries its grid, community and subdistrict. */
export function gridEventScope(viewer: Viewer | null): FilterQuery<GridEvent> {
  if (viewer?.roles.some((role) => CITY_WIDE_ROLES.includes(role))) return {};
  const scope = [...(viewer?.scope ?? [])];
  return { $or: [{ gridId: { $in: scope } }, { communityId: { $in: scope } }, { subdistrictId: { $in: scope } }] };
}

export function gridEventOrder(orderBy?: OrderBy<GridEventOrderField>) {
  return sortKeys(orderBy, { REPORTED_AT: ['reportedAt'], DEADLINE_AT: ['deadlineAt'] }, GridEventOrderField.REPORTED_AT);
}

/** Where an event happened and what it is: shared by reports and 12345 intake. */
@InputType({ description: "Content of a grid event report" })
export abstract class GridEventContentInput {
  @Field({ description: 'Category code from the catalogue, e.g. SANITATION (事件类别编码)' })
  @Length(1, 40)
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  categoryCode!: string;

  @Field({ description: 'What was found or reported, 5–2000 characters (事件描述)' })
  @Length(5, 2000)
  @IsPlainText({ multiline: true })
  description!: string;

  @Field(_type => ID, { description: 'Grid it happened in (网格)' })
  @IsUUID()
  gridId!: string;

  @Field(_type => ID, { nullable: true, description: 'Building, where known; must be in the grid (楼栋)' })
  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @Field(_type => ID, { nullable: true, description: 'Household, where known; must be in the building (住户)' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @Field(_type => GridEventPriority, { defaultValue: GridEventPriority.NORMAL, description: 'Priority (紧急程度)' })
  priority: GridEventPriority = GridEventPriority.NORMAL;

  @Field(_type => [String], { defaultValue: [], description: `Photos and files by http(s) URL, at most ${MAX_ATTACHMENTS} (附件)` })
  @ArrayMaxSize(MAX_ATTACHMENTS)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  attachmentUrls!: string[];

  @Field(_type => String, { nullable: true, description: "Reporter's name; stored, shown masked (反映人)" })
  @IsOptional()
  @Length(1, 40)
  @IsPlainText()
  reporterName?: string;

  @Field(_type => String, { nullable: true, description: "Reporter's mobile number; stored, shown masked (联系电话)" })
  @IsOptional()
  @IsMainlandMobile()
  reporterPhone?: string;
}

@InputType({ description: 'A grid event to report (上报网格事件)' })
export class ReportGridEventInput extends GridEventContentInput {
  @Field(_type => GridEventSource, { description: 'Source; 12345 tickets come in through submitHotlineTicket (来源)' })
  @IsEnum(GridEventSource)
  source!: GridEventSource;
}

@InputType({ description: 'A 12345 hotline ticket handed to the grid (12345工单转办)' })
export class SubmitHotlineTicketInput extends GridEventContentInput {
  @IdempotencyKeyField({ required: true })
  idempotencyKey!: string;

  @Field({ description: "The hotline's own ticket number (12345工单号)" })
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9-]+$/)
  ticketNumber!: string;
}

@InputType({ description: 'Which event, with an optional note' })
export class GridEventCommandInput {
  @Field(_type => ID, { description: 'Grid event (网格事件)' })
  @IsUUID()
  eventId!: string;

  @Field(_type => String, { nullable: true, description: 'Note for the history (备注)' })
  @IsOptional()
  @Length(1, 500)
  @IsPlainText({ multiline: true })
  note?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Which event, and why (原因)' })
export class GridEventReasonInput {
  @Field(_type => ID, { description: 'Grid event (网格事件)' })
  @IsUUID()
  eventId!: string;

  @Field({ description: 'Reason, 2–500 characters (原因)' })
  @Length(2, 500)
  @IsPlainText({ multiline: true })
  reason!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Dispatch an event to a department: the community blows the whistle (社区吹哨)' })
export class DispatchGridEventInput extends GridEventCommandInput {
  @Field(_type => ID, { description: 'Department that takes the category (职能部门)' })
  @IsUUID()
  departmentId!: string;
}

@InputType({ description: 'Resolve an event, saying what was done (办结)' })
export class ResolveGridEventInput {
  @Field(_type => ID, { description: 'Grid event (网格事件)' })
  @IsUUID()
  eventId!: string;

  @Field({ description: 'What was done, 2–2000 characters (处置情况)' })
  @Length(2, 2000)
  @IsPlainText({ multiline: true })
  resolution!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: "The reporter's feedback on a resolved event (群众反馈)" })
export class GiveGridEventFeedbackInput extends GridEventCommandInput {
  @Field({ description: 'Satisfied closes the event; not satisfied reopens it (是否满意)' })
  @IsBoolean()
  satisfied!: boolean;
}

@InputType({ description: 'Merge a duplicate into its original (合并重复事件)' })
export class MergeGridEventInput extends GridEventCommandInput {
  @Field(_type => ID, { description: 'The original event, in the same community and still open (原事件)' })
  @IsUUID()
  originalEventId!: string;
}

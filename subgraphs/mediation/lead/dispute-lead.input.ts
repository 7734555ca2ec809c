import type { FilterQuery } from '@mikro-orm/core';
import { IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { IdempotencyKeyField } from '../../../kit/idempotency/idempotency-key';
import { IsPlainText } from '../../../kit/personal/validators';
import { IsCalendarDate } from '../../../kit/validation/calendar-date';
import { DisputeCategory } from '../mediation-case/dispute.enums';
import { DisputeLead, LeadDepartment, LeadStatus } from './dispute-lead.entity';

@InputType({ description: 'A lead shared at the joint session (分享矛盾纠纷线索)' })
export class ShareDisputeLeadInput {
  @Field(_type => LeadDepartment, { description: 'Department sharing it (来源部门)' })
  @IsEnum(LeadDepartment)
  department!: LeadDepartment;

  @Field(_type => DisputeCategory, { description: 'Category (纠纷类别)' })
  @IsEnum(DisputeCategory)
  category!: DisputeCategory;

  @Field({ description: 'What is known, 5–2000 characters; personal data (线索内容)' })
  @Length(5, 2000)
  @IsPlainText({ multiline: true })
  summary!: string;

  @Field({ description: 'Day of the joint session, YYYY-MM-DD, not in the future (联席会日期)' })
  @IsCalendarDate()
  sharedOn!: string;

  @Field(_type => ID, { description: 'Subdistrict, or a community, the lead concerns (所在街道/社区)' })
  @IsUUID()
  placeId!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Close a lead without a case, saying how it was resolved (线索化解)' })
export class CloseDisputeLeadInput {
  @Field(_type => ID, { description: 'Lead (线索)' })
  @IsUUID()
  leadId!: string;

  @Field({ description: 'How it was resolved, 2–500 characters, e.g. settled by a deputy\'s visit or the hotline (化解方式)' })
  @Length(2, 500)
  @IsPlainText({ multiline: true })
  reason!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Filter for leads (线索筛选)' })
export class DisputeLeadWhere {
  @Field(_type => LeadStatus, { nullable: true, description: 'In this status (状态)' })
  @IsOptional()
  @IsEnum(LeadStatus)
  status?: LeadStatus;

  @Field(_type => LeadDepartment, { nullable: true, description: 'From this department (来源部门)' })
  @IsOptional()
  @IsEnum(LeadDepartment)
  department?: LeadDepartment;
}

@ArgsType()
export class DisputeLeadsArgs extends ConnectionArgs {
  @Field(_type => ID, { description: 'Subdistrict whose leads to list (街道)' })
  @IsUUID()
  subdistrictId!: string;

  @Field(_type => DisputeLeadWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: DisputeLeadWhere;
}

export function disputeLeadFilter(where: DisputeLeadWhere = {}): FilterQuery<DisputeLead> {
  return { ...(where.status ? { status: where.status } : {}), ...(where.department ? { department: where.department } : {}) };
}

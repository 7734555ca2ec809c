import type { FilterQuery } from '@mikro-orm/core';
import { IsNumber, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { IsPlainText } from '../../../kit/personal/validators';
import { DATE_PATTERN } from '../member/member.input';
import { ServiceRecord } from './service-record.entity';

@InputType({ description: 'Filter for service records (服务记录筛选)' })
export class ServiceRecordWhere {
  @Field(_type => Int, { nullable: true, description: 'Only this year (年度)' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;
}

@ArgsType()
export class ServiceRecordsArgs extends ConnectionArgs {
  @Field(_type => ServiceRecordWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: ServiceRecordWhere;
}

export function serviceRecordFilter(where: ServiceRecordWhere = {}): FilterQuery<ServiceRecord> {
  return where.year ? { servedOn: { $gte: `${where.year}-01-01`, $lte: `${where.year}-12-31` } } : {};
}

@ArgsType()
export class ServicePostsArgs extends ConnectionArgs {}

@ArgsType()
export class PostClaimsArgs extends ConnectionArgs {}

@ArgsType()
export class InServiceComplianceArgs extends ConnectionArgs {
  @Field(_type => ID, { description: 'Community (社区)' })
  @IsUUID()
  communityId!: string;

  @Field(_type => Int, { description: 'Year (年度)' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ defaultValue: true, description: 'Only members below 4 services or 20 hours (仅未达标)' })
  onlyNonCompliant: boolean = true;
}

@InputType({ description: 'An in-service member registering at a post of their home community (双报到 · 认领岗位)' })
export class ClaimServicePostInput {
  @Field(_type => ID, { description: 'In-service member (在职党员)' })
  @IsUUID()
  memberId!: string;

  @Field(_type => ID, { description: 'Post in the community where the member lives (服务岗位)' })
  @IsUUID()
  postId!: string;
}

@InputType({ description: 'A held post to give up (释放岗位)' })
export class ReleaseServicePostInput {
  @Field(_type => ID, { description: 'The claim (认领记录)' })
  @IsUUID()
  claimId!: string;
}

/** Longest a single service can last. */
export const MAX_SERVICE_HOURS = 12;

@InputType({ description: 'One service done at a held post (登记服务)' })
export class RecordServiceInput {
  @Field(_type => ID, { description: 'In-service member holding a post (在职党员)' })
  @IsUUID()
  memberId!: string;

  @Field({ description: 'Date served, YYYY-MM-DD, not in the future (服务日期)' })
  @Matches(DATE_PATTERN, { message: 'servedOn must be a date YYYY-MM-DD' })
  servedOn!: string;

  @Field(_type => Float, { description: `Hours, 0.5–${MAX_SERVICE_HOURS} (服务时长)` })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(MAX_SERVICE_HOURS)
  hours!: number;

  @Field({ description: 'What was done (服务内容), 2–200 characters' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  description!: string;
}

@InputType({ description: 'A service post a community opens for in-service members (设立服务岗位)' })
export class OpenServicePostInput {
  @Field(_type => ID, { description: 'Community offering it (社区)' })
  @IsUUID()
  communityId!: string;

  @Field({ description: 'Name (岗位名称), 2–30 characters, unique in the community' })
  @MinLength(2)
  @MaxLength(30)
  @IsPlainText()
  name!: string;

  @Field({ description: 'What the post does (岗位职责), 2–200 characters' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  description!: string;

  @Field(_type => Int, { description: 'How many members may hold it at once, 1–100 (岗位容量)' })
  @Min(1)
  @Max(100)
  capacity!: number;
}

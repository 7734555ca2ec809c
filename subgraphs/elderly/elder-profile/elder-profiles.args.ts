import { IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { todayInChina } from '../pricing/quote-for';
import { ElderProfile, LivingSituation } from './elder-profile.entity';

@InputType({ description: 'Filter for elder profiles (老人档案筛选)' })
export class ElderProfileWhere {
  @Field(_type => Boolean, { nullable: true, description: 'Only elders whose pension certification is (or is not) overdue today (养老认证逾期)' })
  @IsOptional()
  @IsBoolean()
  certificationOverdue?: boolean;

  @Field(_type => LivingSituation, { nullable: true, description: 'Only elders living so (居住情况)' })
  @IsOptional()
  @IsEnum(LivingSituation)
  livingSituation?: LivingSituation;
}

@ArgsType()
export class ElderProfilesArgs extends ConnectionArgs {
  @Field(_type => ElderProfileWhere, { nullable: true, description: 'Filter (筛选)' })
  @IsOptional()
  @ValidateNested()
  where?: ElderProfileWhere;
}

export function elderProfileFilter(where: ElderProfileWhere = {}): FilterQuery<ElderProfile> {
  const today = todayInChina();
  return {
    ...(where.certificationOverdue === undefined ? {} : { certificationDueOn: where.certificationOverdue ? { $lt: today } : { $gte: today } }),
    ...(where.livingSituation ? { livingSituation: where.livingSituation } : {}),
  };
}

import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { Department } from './department.entity';

@InputType({ description: 'Filter for departments' })
export class DepartmentWhere {
  @Field(_type => ID, { nullable: true, description: 'Serving this subdistrict, district-wide departments included (服务街道)' })
  @IsOptional()
  @IsUUID()
  subdistrictId?: string;
}

@ArgsType()
export class DepartmentsArgs extends ConnectionArgs {
  @Field(_type => DepartmentWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: DepartmentWhere;
}

export function departmentFilter(where: DepartmentWhere = {}): FilterQuery<Department> {
  return where.subdistrictId ? { $or: [{ subdistrictId: where.subdistrictId }, { subdistrictId: null }] } : {};
}

import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ArgsType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { IsPlainText } from '../../../kit/personal/validators';
import { Department } from './department.entity';

@InputType({ description: 'Filter for departments' })
export class DepartmentWhere {
  @Field(_type => ID, { nullable: true, description: 'Serving this subdistrict, district-wide departments included (服务街道)' })
  @IsOptional()
  @IsUUID()
  subdistrictId?: string;

  @Field({ nullable: true, description: 'Taking events of this category code, e.g. NEIGHBOUR_DISPUTE (受理事项类别)' })
  @IsOptional()
  @Length(1, 60)
  @Matches(/^[A-Z0-9_]+$/)
  category?: string;
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

@InputType({ description: "A department's receiver (接哨员)" })
export class DepartmentReceiverInput {
  @Field({ description: 'Account (token subject) of the receiver (账号)' })
  @Length(1, 100)
  @IsPlainText()
  subjectId!: string;

  @Field({ description: 'Name or post, as published (接哨员)' })
  @Length(1, 40)
  @IsPlainText()
  name!: string;
}

@InputType({ description: 'A functional department that takes dispatched events (职能部门)' })
export class RegisterDepartmentInput {
  @Field({ description: 'Code, unique (编码)' })
  @Length(2, 60)
  @Matches(/^[A-Za-z0-9_-]+$/)
  code!: string;

  @Field({ description: 'Name, e.g. 永泰街道司法所 (名称)' })
  @Length(2, 60)
  @IsPlainText()
  name!: string;

  @Field(_type => ID, { description: 'District it serves (区县)' })
  @IsUUID()
  districtId!: string;

  @Field(_type => ID, { nullable: true, description: 'Subdistrict it serves; none for a district-wide department (街道)' })
  @IsOptional()
  @IsUUID()
  subdistrictId?: string;

  @Field(_type => [String], { description: 'Codes of the categories it takes (受理事项类别)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  categoryCodes!: string[];

  @Field(_type => [DepartmentReceiverInput], { description: 'Receivers (接哨员), 1–20' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  receivers!: DepartmentReceiverInput[];

  @Field(_type => Int, { description: 'Hours a receiver has to accept or return a dispatch, 1–168 (报到时限)' })
  @IsInt()
  @Min(1)
  @Max(168)
  responseHours!: number;
}

import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { PartyOrganization, PartyOrganizationLevel, PartyOrganizationStatus } from './organization.entity';

@InputType({ description: 'Filter for party organisations (党组织筛选)' })
export class PartyOrganizationWhere {
  @Field(_type => PartyOrganizationLevel, { nullable: true, description: 'Only this level (层级)' })
  @IsOptional()
  level?: PartyOrganizationLevel;
}

export enum PartyOrganizationOrderField {
  NAME = 'NAME',
  LEVEL = 'LEVEL',
}
registerEnumType(PartyOrganizationOrderField, {
  name: 'PartyOrganizationOrderField',
  description: 'Sort keys for party organisations (党组织排序)',
  valuesConfig: { NAME: { description: 'Name (名称)' }, LEVEL: { description: 'Level, then name (层级)' } },
});
export const PartyOrganizationOrderBy = OrderByInput('PartyOrganization', PartyOrganizationOrderField, PartyOrganizationOrderField.NAME);

@ArgsType()
export class PartyOrganizationsArgs extends ConnectionArgs {
  @Field(_type => PartyOrganizationWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: PartyOrganizationWhere;

  @Field(_type => PartyOrganizationOrderBy, { nullable: true, description: 'Order (排序)' })
  orderBy?: OrderBy<PartyOrganizationOrderField>;
}

@ArgsType()
export class CommunityPartyOrganizationsArgs extends PartyOrganizationsArgs {
  @Field(_type => ID, { description: 'Community (社区)' })
  @IsUUID()
  communityId!: string;
}

/** Lists hold standing organisations; merged and dissolved ones stay reachable by id and through the history. */
export function organizationFilter(where: PartyOrganizationWhere = {}): FilterQuery<PartyOrganization> {
  return where.level ? { level: where.level, status: PartyOrganizationStatus.ACTIVE } : { status: PartyOrganizationStatus.ACTIVE };
}

export function organizationOrder(orderBy?: OrderBy<PartyOrganizationOrderField>) {
  return sortKeys(orderBy, { NAME: ['name'], LEVEL: ['level', 'name'] }, PartyOrganizationOrderField.NAME);
}

/** A quarter of a year (年度季度). */
@ArgsType()
export class QuarterArgs extends ConnectionArgs {
  @Field(_type => Int, { description: 'Year (年度)' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(_type => Int, { description: 'Quarter 1–4 (季度)' })
  @Min(1)
  @Max(4)
  quarter!: number;
}

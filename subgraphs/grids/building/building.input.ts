import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { IsPlainText } from '../../../kit/personal/validators';
import { Building } from './building.entity';

@InputType({ description: 'Filter for buildings' })
export class BuildingWhere {
  @Field({ nullable: true, description: 'Building number, e.g. "48"' })
  @IsOptional()
  @MaxLength(10)
  @IsPlainText()
  number?: string;
}

export enum BuildingOrderField {
  CODE = 'CODE',
}
registerEnumType(BuildingOrderField, { name: 'BuildingOrderField', description: 'Sort keys for buildings' });
export const BuildingOrderBy = OrderByInput('Building', BuildingOrderField, BuildingOrderField.CODE);

@ArgsType()
export class BuildingsArgs extends ConnectionArgs {
  @Field(_type => BuildingWhere, { nullable: true })
  @ValidateNested()
  where?: BuildingWhere;

  @Field(_type => BuildingOrderBy, { nullable: true })
  orderBy?: OrderBy<BuildingOrderField>;
}

export function buildingFilter(where: BuildingWhere = {}): FilterQuery<Building> {
  return where.number ? { number: where.number } : {};
}

export function buildingOrder(orderBy?: OrderBy<BuildingOrderField>) {
  return sortKeys(orderBy, { CODE: ['code'] }, BuildingOrderField.CODE);
}

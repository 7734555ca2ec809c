import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { containing } from '../../../kit/connection/page-query';
import { IsPlainText } from '../../../kit/personal/validators';
import { Subdistrict, SubdistrictKind } from './subdistrict.entity';

@InputType({ description: 'Filter for subdistricts' })
export class SubdistrictWhere {
  @Field(_type => ID, { nullable: true, description: 'Only this district' })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field(_type => SubdistrictKind, { nullable: true })
  kind?: SubdistrictKind;

  @Field({ nullable: true, description: 'Name contains this text' })
  @IsOptional()
  @MaxLength(50)
  @IsPlainText()
  nameContains?: string;
}

export enum SubdistrictOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(SubdistrictOrderField, { name: 'SubdistrictOrderField', description: 'Sort keys for subdistricts' });
export const SubdistrictOrderBy = OrderByInput('Subdistrict', SubdistrictOrderField, SubdistrictOrderField.CODE);

@ArgsType()
export class SubdistrictsArgs extends ConnectionArgs {
  @Field(_type => SubdistrictWhere, { nullable: true })
  @ValidateNested()
  where?: SubdistrictWhere;

  @Field(_type => SubdistrictOrderBy, { nullable: true })
  orderBy?: OrderBy<SubdistrictOrderField>;
}

export function subdistrictFilter(where: SubdistrictWhere = {}): FilterQuery<Subdistrict> {
  return {
    ...(where.districtId && { districtId: where.districtId }),
    ...(where.kind && { kind: where.kind }),
    ...(where.nameContains && { name: containing(where.nameContains) }),
  };
}

export function subdistrictOrder(orderBy?: OrderBy<SubdistrictOrderField>) {
  return sortKeys(orderBy, { CODE: ['code'], NAME: ['name'] }, SubdistrictOrderField.CODE);
}

import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { containing } from '../../../kit/connection/page-query';
import { IsPlainText } from '../../../kit/personal/validators';
import { Compound } from './compound.entity';

@InputType({ description: 'Filter for compounds' })
export class CompoundWhere {
  @Field({ nullable: true, description: 'Name contains this text' })
  @IsOptional()
  @MaxLength(50)
  @IsPlainText()
  nameContains?: string;
}

export enum CompoundOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(CompoundOrderField, { name: 'CompoundOrderField', description: 'Sort keys for compounds' });
export const CompoundOrderBy = OrderByInput('Compound', CompoundOrderField, CompoundOrderField.CODE);

@ArgsType()
export class CompoundsArgs extends ConnectionArgs {
  @Field(_type => CompoundWhere, { nullable: true })
  @ValidateNested()
  where?: CompoundWhere;

  @Field(_type => CompoundOrderBy, { nullable: true })
  orderBy?: OrderBy<CompoundOrderField>;
}

export function compoundFilter(where: CompoundWhere = {}): FilterQuery<Compound> {
  return where.nameContains ? { name: containing(where.nameContains) } : {};
}

export function compoundOrder(orderBy?: OrderBy<CompoundOrderField>) {
  return sortKeys(orderBy, { CODE: ['code'], NAME: ['name'] }, CompoundOrderField.CODE);
}

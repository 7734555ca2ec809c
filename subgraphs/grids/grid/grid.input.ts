import type { FilterQuery } from '@mikro-orm/core';
import { ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { Grid, GridKind } from './grid.entity';

@InputType({ description: 'Filter for grids' })
export class GridWhere {
  @Field(_type => GridKind, { nullable: true })
  kind?: GridKind;
}

export enum GridOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(GridOrderField, { name: 'GridOrderField', description: 'Sort keys for grids' });
export const GridOrderBy = OrderByInput('Grid', GridOrderField, GridOrderField.CODE);

@ArgsType()
export class GridsArgs extends ConnectionArgs {
  @Field(_type => GridWhere, { nullable: true })
  @ValidateNested()
  where?: GridWhere;

  @Field(_type => GridOrderBy, { nullable: true })
  orderBy?: OrderBy<GridOrderField>;
}

export function gridFilter(where: GridWhere = {}): FilterQuery<Grid> {
  return where.kind ? { kind: where.kind } : {};
}

export function gridOrder(orderBy?: OrderBy<GridOrderField>) {
  return sortKeys(orderBy, { CODE: ['code'], NAME: ['name'] }, GridOrderField.CODE);
}

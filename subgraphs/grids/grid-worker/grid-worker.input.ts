import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { GridWorker, GridWorkerRole } from './grid-worker.entity';
import { MAX_LINKED_HOUSEHOLDS } from './linked-household.entity';

@InputType({ description: 'Filter for grid workers' })
export class GridWorkerWhere {
  @Field(_type => GridWorkerRole, { nullable: true })
  role?: GridWorkerRole;
}

export enum GridWorkerOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(GridWorkerOrderField, { name: 'GridWorkerOrderField', description: 'Sort keys for grid workers' });
export const GridWorkerOrderBy = OrderByInput('GridWorker', GridWorkerOrderField, GridWorkerOrderField.CODE);

@ArgsType()
export class GridWorkersArgs extends ConnectionArgs {
  @Field(_type => GridWorkerWhere, { nullable: true })
  @ValidateNested()
  where?: GridWorkerWhere;

  @Field(_type => GridWorkerOrderBy, { nullable: true })
  orderBy?: OrderBy<GridWorkerOrderField>;
}

export function gridWorkerFilter(where: GridWorkerWhere = {}): FilterQuery<GridWorker> {
  return where.role ? { role: where.role } : {};
}

export function gridWorkerOrder(orderBy?: OrderBy<GridWorkerOrderField>) {
  return sortKeys(orderBy, { CODE: ['code'], NAME: ['name'] }, GridWorkerOrderField.CODE);
}

@InputType({ description: 'Households for a grid worker to keep in contact with (联系户)' })
export class AssignGridWorkerHouseholdsInput {
  @Field(_type => ID, { description: 'Grid worker (网格员)' })
  @IsUUID()
  gridWorkerId!: string;

  @Field(_type => [ID], { description: `Households of the worker's grid; a worker links at most ${MAX_LINKED_HOUSEHOLDS}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINKED_HOUSEHOLDS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  householdIds!: string[];
}

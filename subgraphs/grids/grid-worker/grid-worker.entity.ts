import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Grid } from '../grid/grid.entity';

export enum GridWorkerRole {
  GRID_LEADER = 'GRID_LEADER',
  GRID_WORKER = 'GRID_WORKER',
}
registerEnumType(GridWorkerRole, { name: 'GridWorkerRole', description: 'Grid leader (网格长) or grid worker (网格员)' });

export enum GridWorkerAssignment {
  RESIDENT = 'RESIDENT',
  DISPATCHED = 'DISPATCHED',
}
registerEnumType(GridWorkerAssignment, {
  name: 'GridWorkerAssignment',
  description: 'Resident in the community (常驻) or dispatched by a department (派驻)',
});

/**
 * Grid worker (网格员). Name and work phone are public on the grid's signboard (网格公示牌),
 * so they are not masked like a resident's.
 */
@ObjectType({ description: 'Grid worker (网格员) or grid leader (网格长)' })
@Directive('@key(fields: "id")')
@Entity()
export class GridWorker {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Staff code (工号)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name, as on the grid signboard (姓名)' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Work phone, as on the grid signboard (工作电话)' })
  @Property({ type: 'string' })
  phone!: string;

  @Field(_type => GridWorkerRole, { description: 'Role (职务)' })
  @Enum({ items: () => GridWorkerRole, index: true })
  role!: GridWorkerRole;

  @Field(_type => GridWorkerAssignment, { description: 'Resident or dispatched (常驻 / 派驻)' })
  @Enum({ items: () => GridWorkerAssignment })
  assignment!: GridWorkerAssignment;

  @Field({ description: 'Full-time (专职)' })
  @Property({ type: 'boolean' })
  fullTime!: boolean;

  @ManyToOne({ entity: () => Grid, mapToPk: true, fieldName: 'grid_id', index: true })
  gridId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Building } from '../building/building.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Household })
@Directive('@key(fields: "id")')
@Entity()
@Unique({ properties: ['buildingId', 'unit', 'room'] })
export class Household {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Code (编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field(_type => Int, { description: 'Unit (单元)' })
  @Property({ type: 'integer', index: true })
  unit!: number;

  @Field({ description: 'Room number, floor first: "604" is floor 6, room 04 (室)' })
  @Property({ type: 'string' })
  room!: string;

  @Field(_type => Int, { description: 'Floor (楼层)' })
  @Property({ type: 'integer', index: true })
  floor!: number;

  @Field({ description: 'Address as building-unit-room (门牌), e.g. 48-2-604' })
  @Property({ type: 'string' })
  address!: string;

  @ManyToOne({ entity: () => Building, mapToPk: true, fieldName: 'building_id' })
  buildingId!: string;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', index: true })
  gridId!: string;

  @Field({ description: 'When the household was registered (登记时间)' })
  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();
}

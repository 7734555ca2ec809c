import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.District })
@Directive('@key(fields: "id")')
@Entity()
export class District {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Administrative division code (行政区划代码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string' })
  name!: string;
}

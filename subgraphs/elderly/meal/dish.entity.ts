import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { DietaryTag } from '../elder-profile/elder-profile.entity';

/** A dish a point serves, at its normal price. Money is integer fen (分): 10.5 yuan is 1050. */
@ObjectType({ description: 'Dish (菜品) of a service point, at its normal price in fen (分)' })
@Entity()
@Unique({ properties: ['pointId', 'name'] })
export class Dish {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', index: true })
  pointId!: string;

  @Field({ description: 'Name (菜名)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(_type => Int, { description: 'Normal price in fen, extras included (正常价, 分)' })
  @Property({ type: 'integer' })
  priceFen!: number;

  @Field(_type => Int, {
    description: 'Part of the normal price that pays for extras a free-extras rule gives away, e.g. egg and side dish (配菜价, 分); 0 without extras',
  })
  @Property({ type: 'integer' })
  extrasFen = 0;

  @Field(_type => String, { nullable: true, description: 'What the extras are, e.g. 鸡蛋和小菜 (配菜)' })
  @Property({ type: 'string', length: 100, nullable: true })
  extras: string | null = null;

  @Field(_type => [DietaryTag], { description: 'Suited to these dietary needs (低油、低盐、软烂 …)' })
  @Enum({ items: () => DietaryTag, array: true })
  tags: DietaryTag[] = [];

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

/** A volunteer post a community offers in-service members (服务岗位). */
@ObjectType({ description: 'Service post (服务岗位) a community offers in-service party members (双报到)' })
@Directive('@key(fields: "id")')
@Entity()
@Unique({ properties: ['communityId', 'name'] })
export class ServicePost {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: 'Name (岗位名称), e.g. 楼道清洁志愿岗' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'What the post does (岗位职责)' })
  @Property({ type: 'string' })
  description!: string;

  @Field(_type => Int, { description: 'How many members may hold it at once (岗位容量)' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

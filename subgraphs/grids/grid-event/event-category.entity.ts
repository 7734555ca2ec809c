import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A kind of grid event, with its handling deadlines: a configurable catalogue (事件类别). */
@ObjectType({ description: 'Category of grid events, with its deadlines (事件类别)' })
@Entity()
export class EventCategory {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Code, e.g. SANITATION (类别编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name, e.g. 环境卫生 (名称)' })
  @Property({ type: 'string' })
  name!: string;

  @Field(_type => Int, { description: 'Hours to resolve a normal-priority event (一般事件办结时限, 小时)' })
  @Property({ type: 'integer' })
  resolveHours!: number;

  @Field(_type => Int, { description: 'Hours to resolve an urgent event (紧急事件办结时限, 小时)' })
  @Property({ type: 'integer' })
  urgentResolveHours!: number;
}

import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { ServicePointCommand, ServicePointStatus } from './service-point-lifecycle';

/** One line of a point's status history: registered, closed, reopened. */
@ObjectType({ description: 'A status change of a service point (运营状态记录)' })
@Entity()
export class ServicePointStatusChange {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', index: true })
  pointId!: string;

  @Field(_type => ServicePointCommand, { description: 'What was done (操作)' })
  @Enum({ items: () => ServicePointCommand })
  command!: ServicePointCommand;

  @Field(_type => ServicePointStatus, { nullable: true, description: 'Status before; null when registered (原状态)' })
  @Enum({ items: () => ServicePointStatus, nullable: true })
  fromStatus: ServicePointStatus | null = null;

  @Field(_type => ServicePointStatus, { description: 'Status after (新状态)' })
  @Enum({ items: () => ServicePointStatus })
  toStatus!: ServicePointStatus;

  @Field(_type => String, { nullable: true, description: 'Why (原因)' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  @Field({ description: 'Account that did it (操作人)' })
  @Property({ type: 'string', length: 100 })
  changedBy!: string;

  @Field({ description: 'When (时间)' })
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

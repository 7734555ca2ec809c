import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyMember } from '../member/member.entity';

/** One service an in-service member did at their post (服务记录). */
@ObjectType({ description: 'Service record (服务记录) of an in-service member' })
@Entity()
export class ServiceRecord {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PartyMember, mapToPk: true, fieldName: 'member_id', index: true })
  memberId!: string;

  @Property({ type: 'uuid', index: true })
  postId!: string;

  @Field({ description: 'Date served, YYYY-MM-DD (服务日期)' })
  @Property({ type: 'string', length: 10, index: true })
  servedOn!: string;

  @Field(_type => Float, { description: 'Hours served (服务时长, 小时)' })
  @Property({ type: 'double' })
  hours!: number;

  @Field({ description: 'What was done (服务内容)' })
  @Property({ type: 'string' })
  description!: string;

  /** Token subject of whoever recorded it. */
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When it was recorded (登记时间)' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

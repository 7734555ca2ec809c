import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

export enum JointMeetingState {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
}
registerEnumType(JointMeetingState, {
  name: 'JointMeetingState',
  description: 'Whether a joint meeting has taken place (会议状态)',
  valuesConfig: {
    SCHEDULED: { description: 'Convened, not yet held (已召集)' },
    HELD: { description: 'Held: attendance recorded (已召开)' },
  },
});

/**
 * A joint meeting (联席会议) convened by the community party organisation for a compound, or for
 * the whole community when `compoundId` is null ("一方引领、四方联动").
 */
@ObjectType({ description: 'Joint meeting (联席会议) of the five sides, convened by the community party organisation' })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ['compoundId', 'scheduledAt'] })
@Index({ properties: ['communityId', 'heldAt'] })
export class JointMeeting {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: 'Title (会议主题)' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(_type => JointMeetingState, { description: 'State (状态)' })
  @Enum({ items: () => JointMeetingState })
  state: JointMeetingState = JointMeetingState.SCHEDULED;

  @Field({ description: 'When it is to be held (召开时间)' })
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field(_type => Date, { nullable: true, description: 'When it was held; null until attendance is recorded (实际召开时间)' })
  @Property({ type: 'datetime', nullable: true })
  heldAt: Date | null = null;

  @Field(_type => String, { nullable: true, description: 'Minutes (会议纪要)' })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;

  @Field({ description: 'Account that convened it (召集人账号)' })
  @Property({ type: 'string', length: 100 })
  convenedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  /** Optimistic lock: attendance recorded twice at once cannot both win. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

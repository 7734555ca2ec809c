import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { JointMeeting } from './joint-meeting.entity';
import { MeetingSide } from './meeting-side';

/**
 * Who takes part in a joint meeting for one side: an organisation (named by `label`), a property
 * company, or a resident (by reference to grids; no name is stored here).
 */
@ObjectType({ description: 'Participant of a joint meeting (参会方)' })
@Entity()
export class MeetingParticipant {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => JointMeeting, mapToPk: true, fieldName: 'meeting_id', index: true })
  meetingId!: string;

  @Field(_type => MeetingSide, { description: 'Side (参会方)' })
  @Enum({ items: () => MeetingSide })
  side!: MeetingSide;

  @Field(_type => String, { nullable: true, description: 'Organisation or office, for a side that is not a resident (单位 / 职务)' })
  @Property({ type: 'string', length: 100, nullable: true })
  label: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  residentId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  companyId: string | null = null;

  @Field(_type => Boolean, { nullable: true, description: 'Attended; null until attendance is recorded (是否出席)' })
  @Property({ type: 'boolean', nullable: true })
  attended: boolean | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MediationLevel } from '../mediation-case/lifecycle';
import { MediationCase } from '../mediation-case/mediation-case.entity';

export enum SessionOutcome {
  ADJOURNED = 'ADJOURNED',
  AGREED = 'AGREED',
  NO_AGREEMENT = 'NO_AGREEMENT',
}
registerEnumType(SessionOutcome, {
  name: 'SessionOutcome',
  description: 'How a mediation session ended (协商结果)',
  valuesConfig: {
    ADJOURNED: { description: 'Adjourned, to meet again (择期再议)' },
    AGREED: { description: 'The parties agreed; the agreement is recorded next (达成一致)' },
    NO_AGREEMENT: { description: 'No agreement: mediation failed at this level (调解不成)' },
  },
});

export enum AttendeeRole {
  MEDIATOR = 'MEDIATOR',
  PARTY = 'PARTY',
  LEGAL_ADVISER = 'LEGAL_ADVISER',
  POLICE = 'POLICE',
  JUDICIAL_OFFICE = 'JUDICIAL_OFFICE',
  OTHER = 'OTHER',
}
registerEnumType(AttendeeRole, {
  name: 'AttendeeRole',
  description: 'Who attended a session (参会身份)',
  valuesConfig: {
    MEDIATOR: { description: 'Mediator (调解员)' },
    PARTY: { description: 'A party (当事人)' },
    LEGAL_ADVISER: { description: 'Legal adviser (法律顾问)' },
    POLICE: { description: 'Police (民警)' },
    JUDICIAL_OFFICE: { description: 'Judicial office (司法所)' },
    OTHER: { description: 'Other: relatives, neighbours, deputies (其他)' },
  },
});

/** One attendee of a session: by mediator id or case party id, or by role alone. */
@ObjectType({ description: 'Attendee of a mediation session (参会人员)' })
export class SessionAttendee {
  @Field(_type => AttendeeRole, { description: 'Role (参会身份)' })
  role!: AttendeeRole;

  @Field(_type => ID, { nullable: true, description: 'The mediator, when one of ours (调解员)' })
  mediatorId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'The party of the case, when a party (当事人)' })
  partyId!: string | null;
}

/** A mediation session (协商会, 调解会): who came, what was discussed, how it ended. */
@ObjectType({ description: 'Mediation session (协商会): who attended, what was discussed, the outcome' })
@Entity()
export class MediationSession {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => MediationCase, mapToPk: true, fieldName: 'case_id', index: true })
  caseId!: string;

  @Field({ description: 'Held on, YYYY-MM-DD (召开日期)' })
  @Property({ type: 'string', length: 10 })
  heldOn!: string;

  @Field(_type => MediationLevel, { description: 'Level that held it (调解层级)' })
  @Enum({ items: () => MediationLevel })
  level!: MediationLevel;

  @Field(_type => [SessionAttendee], { description: 'Attendees (参会人员)' })
  @Property({ type: 'json' })
  attendees: SessionAttendee[] = [];

  /** Personal data: exposed through the masked field resolver only. */
  @Property({ type: 'text' })
  discussed!: string;

  @Field(_type => SessionOutcome, { description: 'Outcome (结果)' })
  @Enum({ items: () => SessionOutcome })
  outcome!: SessionOutcome;

  @Field({ description: 'Account that recorded it (记录人账号)' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'Recorded at (记录时间)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { OwnersCommittee } from './owners-committee.entity';

export enum CommitteePosition {
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteePosition, {
  name: 'CommitteePosition',
  description: 'Position on a committee (职务)',
  valuesConfig: {
    DIRECTOR: { description: 'Director (主任)' },
    DEPUTY_DIRECTOR: { description: 'Deputy director (副主任)' },
    MEMBER: { description: 'Member (委员)' },
  },
});

/**
 * A resident's seat on an owners' committee. The resident is a reference to grids; whether they are
 * a party member (交叉任职) is read through the gateway from party's `Resident.partyMember`, never copied.
 */
@ObjectType({ description: "A seat on an owners' committee (委员)" })
@Entity()
@Unique({ properties: ['committeeId', 'residentId'] })
export class CommitteeSeat {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => OwnersCommittee, mapToPk: true, fieldName: 'committee_id' })
  committeeId!: string;

  @Property({ type: 'uuid', index: true })
  residentId!: string;

  @Field(_type => CommitteePosition, { description: 'Position (职务)' })
  @Enum({ items: () => CommitteePosition })
  position!: CommitteePosition;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

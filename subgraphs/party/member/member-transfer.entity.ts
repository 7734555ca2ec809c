import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyMember } from './member.entity';

/** One transfer of a member's organisational relationship (组织关系转接), kept as history. */
@ObjectType({ description: "Transfer of a member's organisational relationship (组织关系转接记录)" })
@Entity()
export class PartyMemberTransfer {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PartyMember, mapToPk: true, fieldName: 'member_id', index: true })
  memberId!: string;

  @Property({ type: 'uuid', index: true })
  fromOrganizationId!: string;

  @Property({ type: 'uuid', index: true })
  toOrganizationId!: string;

  @Field({ description: 'Reason (转接原因)' })
  @Property({ type: 'string' })
  reason!: string;

  /** Token subject of whoever recorded it. */
  @Property({ type: 'string' })
  transferredBy!: string;

  @Field({ description: 'When (转接时间)' })
  @Property({ type: 'datetime' })
  transferredAt: Date = new Date();

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

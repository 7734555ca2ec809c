import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyMember } from '../member/member.entity';

/** Fewest and most households a central household links (联系10–20户). */
export const MIN_LINKED_HOUSEHOLDS = 10;
export const MAX_LINKED_HOUSEHOLDS = 20;

/** A party member's household designated to keep in touch with nearby households (党员中心户). */
@ObjectType({ description: 'Central household (党员中心户): a member household linking 10–20 nearby households' })
@Directive('@key(fields: "id")')
@Entity()
export class CentralHousehold {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', unique: true })
  householdId!: string;

  @ManyToOne({ entity: () => PartyMember, mapToPk: true, fieldName: 'member_id', index: true })
  memberId!: string;

  /** The organisation it belongs to: the member's building group or branch. */
  @Property({ type: 'uuid', index: true })
  organizationId!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  buildingId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When it was designated (认定时间)' })
  @Property({ type: 'datetime' })
  designatedAt: Date = new Date();
}

/** One household a central household links (联系户). */
@Entity()
export class CentralHouseholdLink {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => CentralHousehold, mapToPk: true, fieldName: 'central_household_id', index: true })
  centralHouseholdId!: string;

  @Property({ type: 'uuid', index: true })
  householdId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyOrganization } from '../organization/organization.entity';

/** The four ledgers of party members (四本台账). */
export enum PartyMemberCategory {
  DIRECT = 'DIRECT',
  RETIRED = 'RETIRED',
  IN_SERVICE = 'IN_SERVICE',
  MOBILE = 'MOBILE',
}
registerEnumType(PartyMemberCategory, {
  name: 'PartyMemberCategory',
  description: 'Ledger a party member is kept in (党员分类: 四本台账)',
  valuesConfig: {
    DIRECT: { description: 'Directly managed by the community (直管党员)' },
    RETIRED: { description: 'Retired (离退休党员)' },
    IN_SERVICE: { description: 'In service at a workplace, registered where they live (在职党员)' },
    MOBILE: { description: 'Mobile, living away (流动党员)' },
  },
});

/** Further tags of classified management (分类管理). */
export enum PartyMemberTag {
  YOUTH = 'YOUTH',
  HARDSHIP = 'HARDSHIP',
  ELDERLY_FRAIL = 'ELDERLY_FRAIL',
  VETERAN = 'VETERAN',
}
registerEnumType(PartyMemberTag, {
  name: 'PartyMemberTag',
  description: 'Tag of classified management (分类标签)',
  valuesConfig: {
    YOUTH: { description: 'Young member (青年党员)' },
    HARDSHIP: { description: 'Member in hardship (困难党员)' },
    ELDERLY_FRAIL: { description: 'Elderly or frail (年老体弱党员)' },
    VETERAN: { description: 'Veteran (退役军人党员)' },
  },
});

/** The five-colour mark (五色党员管理法: 红、橙、紫、蓝、绿). */
export enum PartyMemberColour {
  RED = 'RED',
  ORANGE = 'ORANGE',
  PURPLE = 'PURPLE',
  BLUE = 'BLUE',
  GREEN = 'GREEN',
}
registerEnumType(PartyMemberColour, {
  name: 'PartyMemberColour',
  description: 'Five-colour mark (五色党员管理法)',
  valuesConfig: {
    RED: { description: 'In service (在职, 红)' },
    ORANGE: { description: 'Regular (常态, 橙)' },
    PURPLE: { description: 'Elderly (高龄, 紫)' },
    BLUE: { description: 'Frail (体弱, 蓝)' },
    GREEN: { description: 'Mobile (流动, 绿)' },
  },
});

/**
 * A party member (党员). Party membership is personal data: the member's name lives on the
 * `Resident` in grids and is never copied here; which resident and household a member is, and the
 * member's tags and joining date, are served masked unless the viewer may see them.
 */
@ObjectType({ description: 'Party member (党员); the person behind it is revealed only to allowed roles in scope' })
@Directive('@key(fields: "id")')
@Entity()
export class PartyMember {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', unique: true })
  residentId!: string;

  @Property({ type: 'uuid', index: true })
  householdId!: string;

  @ManyToOne({ entity: () => PartyOrganization, mapToPk: true, fieldName: 'organization_id', index: true })
  organizationId!: string;

  @Field(_type => PartyMemberCategory, { description: 'Ledger (党员类别)' })
  @Enum({ items: () => PartyMemberCategory, index: true })
  category!: PartyMemberCategory;

  /** Tags, served by a field resolver (masked). */
  @Enum({ items: () => PartyMemberTag, array: true })
  tags: PartyMemberTag[] = [];

  @Field(_type => PartyMemberColour, { description: 'Five-colour mark (五色标记)' })
  @Enum({ items: () => PartyMemberColour, index: true })
  colour!: PartyMemberColour;

  /** YYYY-MM-DD, served masked to the year unless allowed. */
  @Property({ type: 'string', length: 10 })
  joinedOn!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  buildingId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  gridId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When the member was registered here (登记时间)' })
  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();
}

/** The colour a member gets when none is given (五色: 在职红, 流动绿, 体弱蓝, 高龄紫, 其余橙). */
export function defaultColour(category: PartyMemberCategory, tags: readonly PartyMemberTag[]): PartyMemberColour {
  if (category === PartyMemberCategory.IN_SERVICE) return PartyMemberColour.RED;
  if (category === PartyMemberCategory.MOBILE) return PartyMemberColour.GREEN;
  if (tags.includes(PartyMemberTag.ELDERLY_FRAIL)) return PartyMemberColour.PURPLE;
  return PartyMemberColour.ORANGE;
}

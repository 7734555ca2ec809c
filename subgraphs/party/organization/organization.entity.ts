import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

/** The four levels of party organisation (党委 / 党总支 / 党支部 / 党小组). */
export enum PartyOrganizationLevel {
  COMMITTEE = 'COMMITTEE',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  BRANCH = 'BRANCH',
  GROUP = 'GROUP',
}
/** Whether an organisation still stands (党组织状态): merged and dissolved ones are kept for their history. */
export enum PartyOrganizationStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(PartyOrganizationStatus, {
  name: 'PartyOrganizationStatus',
  description: 'Whether a party organisation still stands (党组织状态)',
  valuesConfig: {
    ACTIVE: { description: 'Standing (存续)' },
    MERGED: { description: 'Merged into another, which now covers its place (已合并)' },
    DISSOLVED: { description: 'Dissolved (已撤销)' },
  },
});

registerEnumType(PartyOrganizationLevel, {
  name: 'PartyOrganizationLevel',
  description: 'Level of a party organisation (党组织层级)',
  valuesConfig: {
    COMMITTEE: { description: 'Community party committee (社区党委)' },
    GENERAL_BRANCH: { description: 'General branch (党总支)' },
    BRANCH: { description: 'Compound or grid branch (小区/网格党支部)' },
    GROUP: { description: 'Building or grid party group (楼栋/网格党小组)' },
  },
});

/**
 * A party organisation of the four-level system 社区党组织 → 小区(网格)党支部 → 楼栋党小组 →
 * 党员中心户, attached to a community, a compound or a building of the grids tree.
 */
@ObjectType({ description: 'Party organisation (党组织): community committee, compound branch or building group' })
@Directive('@key(fields: "id")')
@Entity()
// One organisation of each level per place: setting up a second branch of a compound is refused.
@Unique({ properties: ['attachedId', 'level'] })
export class PartyOrganization {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: 'Name (组织名称), e.g. 文兴社区党委' })
  @Property({ type: 'string' })
  name!: string;

  @Field(_type => PartyOrganizationLevel, { description: 'Level (层级)' })
  @Enum({ items: () => PartyOrganizationLevel, index: true })
  level!: PartyOrganizationLevel;

  @ManyToOne({ entity: () => PartyOrganization, mapToPk: true, fieldName: 'parent_id', nullable: true, index: true })
  parentId: string | null = null;

  /**
   * The territorial unit it is attached to: a community, compound, building or grid id. A merged
   * organisation keeps it (the organisation it merged into covers the place, 联建); a dissolved one
   * lets go of it (null), so a new organisation may be set up there.
   */
  @Property({ type: 'uuid', index: true, nullable: true })
  attachedId: string | null = null;

  @Field(_type => PartyOrganizationStatus, { description: 'Whether it still stands (状态)' })
  @Enum({ items: () => PartyOrganizationStatus, default: PartyOrganizationStatus.ACTIVE, index: true })
  status: PartyOrganizationStatus = PartyOrganizationStatus.ACTIVE;

  /** The organisation a merged one went into; always a standing one (merges re-point earlier merges). */
  @Property({ type: 'uuid', nullable: true, index: true })
  mergedIntoId: string | null = null;

  @Field(_type => Date, { nullable: true, description: 'When it was merged or dissolved (合并/撤销时间); null while it stands' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  /** The member who is secretary (书记); not a foreign key so organisations and members insert in any order. */
  @Property({ type: 'uuid', nullable: true, index: true })
  secretaryId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  buildingId: string | null = null;

  /** The grid a grid branch or group (网格党支部/党小组) is attached to. */
  @Property({ type: 'uuid', nullable: true, index: true })
  gridId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When it was set up (成立时间)' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

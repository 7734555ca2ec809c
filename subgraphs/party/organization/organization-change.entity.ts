import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyOrganization } from './organization.entity';

export enum PartyOrganizationChangeKind {
  SET_UP = 'SET_UP',
  RENAMED = 'RENAMED',
  SECRETARY_APPOINTED = 'SECRETARY_APPOINTED',
  MERGED_INTO = 'MERGED_INTO',
  ABSORBED = 'ABSORBED',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(PartyOrganizationChangeKind, {
  name: 'PartyOrganizationChangeKind',
  description: 'What changed in a party organisation (党组织变更类型)',
  valuesConfig: {
    SET_UP: { description: 'Set up (成立)' },
    RENAMED: { description: 'Renamed (更名)' },
    SECRETARY_APPOINTED: { description: 'Secretary appointed or replaced (书记任免)' },
    MERGED_INTO: { description: 'Merged into another organisation (并入)' },
    ABSORBED: { description: 'Took in a merged organisation, its members, children and place (合并吸收)' },
    DISSOLVED: { description: 'Dissolved (撤销)' },
  },
});

/** One change to a party organisation, kept for ever so its names and secretaries can be traced (党组织变更记录). */
@ObjectType({ description: 'A change to a party organisation (党组织变更记录)' })
@Entity()
@Index({ properties: ['organizationId', 'changedAt'] })
export class PartyOrganizationChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PartyOrganization, mapToPk: true, fieldName: 'organization_id' })
  organizationId!: string;

  @Field(_type => PartyOrganizationChangeKind, { description: 'What changed (变更类型)' })
  @Enum({ items: () => PartyOrganizationChangeKind })
  kind!: PartyOrganizationChangeKind;

  @Field(_type => String, { nullable: true, description: 'Name before a renaming (原名称)' })
  @Property({ type: 'string', nullable: true })
  previousName: string | null = null;

  @Field(_type => String, { nullable: true, description: 'Name after a renaming, or when set up (新名称)' })
  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  /** The secretary replaced, if any. */
  @Property({ type: 'uuid', nullable: true, index: true })
  previousSecretaryId: string | null = null;

  /** The secretary appointed. */
  @Property({ type: 'uuid', nullable: true, index: true })
  secretaryId: string | null = null;

  /** The other organisation of a merge: the one merged into, or the one taken in. */
  @Property({ type: 'uuid', nullable: true, index: true })
  otherOrganizationId: string | null = null;

  @Field(_type => String, { nullable: true, description: 'Reason for a merge or dissolution (合并/撤销原因)' })
  @Property({ type: 'string', nullable: true })
  reason: string | null = null;

  /** Token subject of whoever made the change. */
  @Property({ type: 'string' })
  changedBy!: string;

  @Field({ description: 'When it changed (变更时间)' })
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

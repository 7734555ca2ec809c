import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DisputeCategory } from '../mediation-case/dispute.enums';
import { MediationLevel } from '../mediation-case/lifecycle';

export enum MediationTeamKind {
  COMMITTEE = 'COMMITTEE',
  WOMENS_TEAM = 'WOMENS_TEAM',
  COMMUNITY_TEAM = 'COMMUNITY_TEAM',
  SUBDISTRICT_CENTRE = 'SUBDISTRICT_CENTRE',
  JUDICIAL_OFFICE = 'JUDICIAL_OFFICE',
}
registerEnumType(MediationTeamKind, {
  name: 'MediationTeamKind',
  description: 'Kind of mediation team (调解组织类型)',
  valuesConfig: {
    COMMITTEE: { description: "People's mediation committee of a community or village (人民调解委员会)" },
    WOMENS_TEAM: { description: "Women's mediation team for marriage and family disputes (妇调队)" },
    COMMUNITY_TEAM: { description: 'A named community team of party members and volunteers, e.g. 小孔矛盾纠纷调解队' },
    SUBDISTRICT_CENTRE: { description: 'Subdistrict or township mediation centre (街道/乡镇调解中心)' },
    JUDICIAL_OFFICE: { description: 'Judicial office (司法所)' },
  },
});

/** A mediation team (调解组织): where it works, at which level, and what it takes on. */
@ObjectType({ description: 'Mediation team (调解组织): a committee, a specialised team or the judicial office' })
@Directive('@key(fields: "id")')
@Entity()
export class MediationTeam {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string' })
  name!: string;

  @Field(_type => MediationTeamKind, { description: 'Kind (类型)' })
  @Enum({ items: () => MediationTeamKind })
  kind!: MediationTeamKind;

  @Field(_type => MediationLevel, { description: 'Level it mediates at (调解层级)' })
  @Enum({ items: () => MediationLevel })
  level!: MediationLevel;

  @Field(_type => [DisputeCategory], { description: 'Categories it takes on; empty means every category (擅长领域)' })
  @Property({ type: 'json' })
  specialities: DisputeCategory[] = [];

  /** Null for subdistrict-level teams. */
  @Property({ type: 'uuid', nullable: true, index: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

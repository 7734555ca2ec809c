import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DisputeCategory, MediationCaseSource, MediationMechanism } from './dispute.enums';
import { MediationCaseStatus, MediationLevel } from './lifecycle';

/**
 * Mediation case (矛盾纠纷调解案件): one dispute from registration to agreement, failure or
 * withdrawal, up the levels when it must be. Carries its community and subdistrict so scope and
 * stats need no joins. Description and parties are personal data (masked unless allowed).
 */
@ObjectType({ description: 'Mediation case (矛盾纠纷调解案件): a dispute mediated, level by level, until settled' })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ['communityId', 'registeredAt'] })
export class MediationCase {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(_type => DisputeCategory, { description: 'Category (纠纷类别)' })
  @Enum({ items: () => DisputeCategory, index: true })
  category!: DisputeCategory;

  /** Personal data: exposed through the masked field resolver only. */
  @Property({ type: 'text' })
  description!: string;

  @Field(_type => MediationCaseSource, { description: 'Source (案件来源)' })
  @Enum({ items: () => MediationCaseSource })
  source!: MediationCaseSource;

  /** One case per grid event: the unique index is the guard against a double registration. */
  @Property({ type: 'uuid', nullable: true, unique: true })
  gridEventId: string | null = null;

  @Property({ type: 'uuid', nullable: true, unique: true })
  leadId: string | null = null;

  @Field(_type => MediationLevel, { description: 'Level mediating it now (当前调解层级)' })
  @Enum({ items: () => MediationLevel, index: true })
  level!: MediationLevel;

  @Field(_type => MediationMechanism, { description: 'Mechanism now (调解方式: 人民 / 行政 / 司法调解)' })
  @Enum({ items: () => MediationMechanism })
  mechanism!: MediationMechanism;

  @Field(_type => MediationCaseStatus, { description: 'Status (案件状态)' })
  @Enum({ items: () => MediationCaseStatus, index: true })
  status!: MediationCaseStatus;

  /** Team holding it now: the registering community's, or whoever took over on escalation. */
  @Property({ type: 'uuid', nullable: true, index: true })
  teamId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  gridId: string | null = null;

  @Field({ description: 'Account that registered it (登记账号)' })
  @Property({ type: 'string' })
  registeredBy!: string;

  @Field({ description: 'Registered at (登记时间)' })
  @Property({ type: 'datetime' })
  registeredAt!: Date;

  @Field({ description: 'When the current level took it over (本级受理时间)' })
  @Property({ type: 'datetime' })
  levelSince!: Date;

  @Field({ description: "Deadline of the current level, from the level's days (本级调解期限)" })
  @Property({ type: 'datetime' })
  deadlineAt!: Date;

  /** Set by every command, so one that changes nothing else (a session, a follow-up) still raises the version. */
  @Field({ description: 'Last command at (最近办理时间)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field(_type => Int, { description: 'Times handed up a level (上交次数)' })
  @Property({ type: 'integer' })
  escalations: number = 0;

  @Field(_type => Date, { nullable: true, description: 'Closed or withdrawn at (结案时间)' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(_type => String, { nullable: true, description: 'Why it was closed or withdrawn (结案说明)' })
  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  /** Optimistic lock: two concurrent commands on one case cannot both win. */
  @Field(_type => Int, { description: 'Version, raised by every command (版本)' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

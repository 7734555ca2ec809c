import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MediationMechanism } from './dispute.enums';
import { MediationCaseCommand, MediationCaseStatus, MediationLevel } from './lifecycle';
import { MediationCase } from './mediation-case.entity';

/** One step of a case's history (办案记录): who did what, when, from which status and level to which, and why. */
@ObjectType({ description: "A step in a mediation case's history (办案记录)" })
@Entity()
@Unique({ properties: ['caseId', 'sequence'] })
export class MediationCaseTransition {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => MediationCase, mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  /** The case's version after this step: 1 for the registration; unique per case, a second guard against lost updates. */
  @Field(_type => Int, { description: 'Position in the history, from 1 (序号)' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(_type => MediationCaseCommand, { description: 'Command (操作)' })
  @Enum({ items: () => MediationCaseCommand })
  command!: MediationCaseCommand;

  @Field(_type => MediationCaseStatus, { nullable: true, description: 'Status before; none for the registration (原状态)' })
  @Enum({ items: () => MediationCaseStatus, nullable: true })
  fromStatus: MediationCaseStatus | null = null;

  @Field(_type => MediationCaseStatus, { description: 'Status after (新状态)' })
  @Enum({ items: () => MediationCaseStatus })
  toStatus!: MediationCaseStatus;

  @Field(_type => MediationLevel, { description: 'Level after (调解层级)' })
  @Enum({ items: () => MediationLevel })
  level!: MediationLevel;

  @Field(_type => MediationMechanism, { description: 'Mechanism after (调解方式)' })
  @Enum({ items: () => MediationMechanism })
  mechanism!: MediationMechanism;

  /** The team that took the case over on this step (escalation), if any. */
  @Property({ type: 'uuid', nullable: true, index: true })
  teamId: string | null = null;

  @Field({ description: 'Account that did it (操作人账号)' })
  @Property({ type: 'string' })
  actorId!: string;

  @Field(_type => String, { nullable: true, description: 'Reason or note, e.g. why it was handed up (原因 / 说明)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'When (时间)' })
  @Property({ type: 'datetime' })
  at!: Date;
}

import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MediationLevel } from './lifecycle';
import { MediationCase } from './mediation-case.entity';

export enum CaseMediatorRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
  CALLED_IN = 'CALLED_IN',
}
registerEnumType(CaseMediatorRole, {
  name: 'CaseMediatorRole',
  description: 'Part a mediator plays on a case (办案角色)',
  valuesConfig: {
    LEAD: { description: 'Lead mediator (主办调解员)' },
    MEMBER: { description: 'Mediator (协办调解员)' },
    CALLED_IN: { description: 'Called in from outside: legal adviser, police, judicial office (吹哨参与)' },
  },
});

/** A mediator assigned to a case (指派): who, in what part, at which level. */
@ObjectType({ description: 'A mediator assigned to a case (指派调解员)' })
@Entity()
@Unique({ properties: ['caseId', 'mediatorId'] })
export class CaseMediator {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => MediationCase, mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'uuid', index: true })
  mediatorId!: string;

  @Field(_type => CaseMediatorRole, { description: 'Part on the case (办案角色)' })
  @Enum({ items: () => CaseMediatorRole })
  role!: CaseMediatorRole;

  @Field(_type => MediationLevel, { description: 'Level the case was at when assigned (指派时层级)' })
  @Enum({ items: () => MediationLevel })
  level!: MediationLevel;

  @Field({ description: 'Assigned at (指派时间)' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;
}

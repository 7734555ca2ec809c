import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MediationMechanism } from '../mediation-case/dispute.enums';
import { MediationLevel } from '../mediation-case/lifecycle';

export enum Fulfilment {
  PENDING = 'PENDING',
  FULFILLED = 'FULFILLED',
  PARTLY_FULFILLED = 'PARTLY_FULFILLED',
  NOT_FULFILLED = 'NOT_FULFILLED',
}
registerEnumType(Fulfilment, {
  name: 'Fulfilment',
  description: 'How an agreement was carried out (履行情况)',
  valuesConfig: {
    PENDING: { description: 'Not yet due or not yet checked (待履行)' },
    FULFILLED: { description: 'Fulfilled (已履行)' },
    PARTLY_FULFILLED: { description: 'Partly fulfilled (部分履行)' },
    NOT_FULFILLED: { description: 'Not fulfilled (未履行)' },
  },
});

/**
 * Mediation agreement (调解协议): its terms, the compensation in integer fen (分) and who pays whom,
 * the due date, how it was fulfilled and the follow-up visit (回访). One per case.
 */
@ObjectType({ description: 'Mediation agreement (调解协议): terms, compensation, fulfilment and follow-up visit' })
@Entity()
export class Agreement {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  sessionId: string | null = null;

  /** Personal data: exposed through the masked field resolver only. */
  @Property({ type: 'text' })
  terms!: string;

  @Field(_type => Int, { description: 'Compensation in fen (赔偿金额, 分); 0 when none' })
  @Property({ type: 'integer' })
  compensationFen: number = 0;

  @Property({ type: 'uuid', nullable: true, index: true })
  payerPartyId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  payeePartyId: string | null = null;

  @Field(_type => String, { nullable: true, description: 'Due date, YYYY-MM-DD (履行期限)' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueOn: string | null = null;

  @Field(_type => MediationLevel, { description: 'Level that reached it (达成层级)' })
  @Enum({ items: () => MediationLevel })
  level!: MediationLevel;

  @Field(_type => MediationMechanism, { description: 'Mechanism (调解方式)' })
  @Enum({ items: () => MediationMechanism })
  mechanism!: MediationMechanism;

  @Field({ description: 'Signed at (签订时间)' })
  @Property({ type: 'datetime' })
  signedAt!: Date;

  @Field(_type => Fulfilment, { description: 'Fulfilment (履行情况)' })
  @Enum({ items: () => Fulfilment })
  fulfilment: Fulfilment = Fulfilment.PENDING;

  @Field(_type => String, { nullable: true, description: 'Fulfilment checked on, YYYY-MM-DD (履行核实日期)' })
  @Property({ type: 'string', length: 10, nullable: true })
  fulfilmentCheckedOn: string | null = null;

  @Field(_type => String, { nullable: true, description: 'Follow-up visit on, YYYY-MM-DD (回访日期)' })
  @Property({ type: 'string', length: 10, nullable: true })
  followUpOn: string | null = null;

  @Field(_type => String, { nullable: true, description: 'What the follow-up visit found (回访情况)' })
  @Property({ type: 'text', nullable: true })
  followUpNote: string | null = null;

  @Field(_type => Boolean, { nullable: true, description: 'Parties satisfied at the follow-up visit; null before it (回访满意)' })
  @Property({ type: 'boolean', nullable: true })
  followUpSatisfied: boolean | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

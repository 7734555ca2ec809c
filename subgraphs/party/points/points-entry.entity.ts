import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyMember } from '../member/member.entity';

/** Where points come from (支部记录、个人申报、群众建议、党员评议). */
export enum PointsSource {
  BRANCH_RECORD = 'BRANCH_RECORD',
  SELF_REPORT = 'SELF_REPORT',
  RESIDENT_SUGGESTION = 'RESIDENT_SUGGESTION',
  PEER_REVIEW = 'PEER_REVIEW',
}
registerEnumType(PointsSource, {
  name: 'PointsSource',
  description: 'Source of points (积分来源)',
  valuesConfig: {
    BRANCH_RECORD: { description: 'Recorded by the branch (支部记录)' },
    SELF_REPORT: { description: 'Reported by the member (个人申报)' },
    RESIDENT_SUGGESTION: { description: "Residents' suggestion (群众建议)" },
    PEER_REVIEW: { description: 'Peer review (党员评议)' },
  },
});

export enum PointsStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PointsStatus, {
  name: 'PointsStatus',
  description: 'Review state of a points entry (审定状态)',
  valuesConfig: {
    SUBMITTED: { description: 'Awaiting the organisation (待审定)' },
    APPROVED: { description: 'Approved by the organisation (组织审定通过)' },
    REJECTED: { description: 'Rejected (未通过)' },
  },
});

/** One line of a member's quarterly points ledger (积分管理登记表). */
@ObjectType({ description: "Points entry (积分记录) of a member's quarterly ledger" })
@Entity()
export class PointsEntry {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PartyMember, mapToPk: true, fieldName: 'member_id', index: true })
  memberId!: string;

  /** The organisation that approves it: the member's organisation when submitted. */
  @Property({ type: 'uuid', index: true })
  organizationId!: string;

  @Field(_type => Int, { description: 'Year (年度)' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(_type => Int, { description: 'Quarter 1–4 (季度)' })
  @Property({ type: 'integer' })
  quarter!: number;

  @Field(_type => PointsSource, { description: 'Source (来源)' })
  @Enum({ items: () => PointsSource })
  source!: PointsSource;

  @Field(_type => Int, { description: 'Points, negative for deductions (分值)' })
  @Property({ type: 'integer' })
  points!: number;

  @Field({ description: 'Reason (事由)' })
  @Property({ type: 'string' })
  reason!: string;

  @Field(_type => PointsStatus, { description: 'Review state (审定状态)' })
  @Enum({ items: () => PointsStatus })
  status: PointsStatus = PointsStatus.SUBMITTED;

  @Property({ type: 'string' })
  submittedBy!: string;

  @Field({ description: 'When it was submitted (申报时间)' })
  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();

  @Property({ type: 'string', nullable: true })
  reviewedBy: string | null = null;

  @Field(_type => Date, { nullable: true, description: 'When the organisation reviewed it (审定时间)' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

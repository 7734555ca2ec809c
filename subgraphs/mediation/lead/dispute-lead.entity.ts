import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DisputeCategory } from '../mediation-case/dispute.enums';

export enum LeadDepartment {
  POLICE_STATION = 'POLICE_STATION',
  JUDICIAL_OFFICE = 'JUDICIAL_OFFICE',
  PETITIONS_OFFICE = 'PETITIONS_OFFICE',
  HOTLINE = 'HOTLINE',
  DEPUTIES_LIAISON = 'DEPUTIES_LIAISON',
  GRID = 'GRID',
}
registerEnumType(LeadDepartment, {
  name: 'LeadDepartment',
  description: 'Department that shared a lead (线索来源部门)',
  valuesConfig: {
    POLICE_STATION: { description: 'Police station (派出所)' },
    JUDICIAL_OFFICE: { description: 'Judicial office (司法所)' },
    PETITIONS_OFFICE: { description: 'Petitions office (信访办)' },
    HOTLINE: { description: "Mayor's hotline, party and government office (市长热线, 党政办)" },
    DEPUTIES_LIAISON: { description: "People's congress deputies' liaison station (人大代表联络站)" },
    GRID: { description: 'Grid workers on patrol (网格排查)' },
  },
});

export enum LeadStatus {
  OPEN = 'OPEN',
  CONVERTED = 'CONVERTED',
  CLOSED = 'CLOSED',
}
registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description: 'Status of a lead (线索状态)',
  valuesConfig: {
    OPEN: { description: 'Shared, not yet handled (待处理)' },
    CONVERTED: { description: 'Became a mediation case (已转案件)' },
    CLOSED: { description: 'Closed with a reason, e.g. settled by a visit or the hotline (已化解)' },
  },
});

/**
 * Dispute lead (矛盾纠纷线索) shared by a department at the joint session
 * (矛盾纠纷线索分享联席会); it becomes a case or is closed with a reason.
 */
@ObjectType({ description: 'Dispute lead (矛盾纠纷线索) shared at the joint session; becomes a case or is closed with a reason' })
@Directive('@key(fields: "id")')
@Entity()
export class DisputeLead {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(_type => LeadDepartment, { description: 'Department that shared it (来源部门)' })
  @Enum({ items: () => LeadDepartment, index: true })
  department!: LeadDepartment;

  @Field(_type => DisputeCategory, { description: 'Category (纠纷类别)' })
  @Enum({ items: () => DisputeCategory })
  category!: DisputeCategory;

  /** Personal data: exposed through the masked field resolver only. */
  @Property({ type: 'text' })
  summary!: string;

  @Field({ description: 'Shared at the joint session of this day, YYYY-MM-DD (联席会日期)' })
  @Property({ type: 'string', length: 10 })
  sharedOn!: string;

  @Field({ description: 'Account that shared it (分享账号)' })
  @Property({ type: 'string' })
  sharedBy!: string;

  @Field(_type => LeadStatus, { description: 'Status (状态)' })
  @Enum({ items: () => LeadStatus, index: true })
  status: LeadStatus = LeadStatus.OPEN;

  @Property({ type: 'uuid', nullable: true, index: true })
  caseId: string | null = null;

  @Field(_type => String, { nullable: true, description: 'How it was resolved when closed without a case (化解方式)' })
  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  @Field(_type => Date, { nullable: true, description: 'Converted or closed at (处理时间)' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}

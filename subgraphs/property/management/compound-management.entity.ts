import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PropertyCompany } from '../company/property-company.entity';

/** How a compound is managed (物业管理方式): "no compound without management" (无物业小区清零). */
export enum ManagementMode {
  ENTERPRISE = 'ENTERPRISE',
  COMMUNITY_TRUSTEESHIP = 'COMMUNITY_TRUSTEESHIP',
  EMPLOYER_PROXY = 'EMPLOYER_PROXY',
  OWNER_SELF = 'OWNER_SELF',
}
registerEnumType(ManagementMode, {
  name: 'ManagementMode',
  description: 'How a compound is managed (物业管理方式)',
  valuesConfig: {
    ENTERPRISE: { description: 'By a property company under contract (物业企业包管)' },
    COMMUNITY_TRUSTEESHIP: { description: 'Held in trust by the community (社区托管)' },
    EMPLOYER_PROXY: { description: "By the former employer's unit (单位代管)" },
    OWNER_SELF: { description: 'By the owners themselves (业主自管)' },
  },
});

/**
 * One period of a compound's management. The current one has no `endedOn`; earlier ones are its
 * history. `openCompoundId` repeats `compoundId` while the period is current and is null after, so a
 * unique constraint on it lets each compound have at most one current management, on both databases.
 */
@ObjectType({ description: "A period of a compound's management (物业管理记录)" })
@Entity()
@Index({ properties: ['communityId', 'mode'] })
export class CompoundManagement {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', nullable: true, unique: true })
  openCompoundId: string | null = null;

  @Field(_type => ManagementMode, { description: 'Mode (管理方式)' })
  @Enum({ items: () => ManagementMode })
  mode!: ManagementMode;

  @ManyToOne({ entity: () => PropertyCompany, mapToPk: true, fieldName: 'company_id', nullable: true, index: true })
  companyId: string | null = null;

  @Field({ description: 'Contract or arrangement starts, YYYY-MM-DD (合同起始日)' })
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(_type => String, { nullable: true, description: 'Contract ends, YYYY-MM-DD; null when open-ended (合同截止日)' })
  @Property({ type: 'string', length: 10, nullable: true })
  contractEndsOn: string | null = null;

  @Field(_type => String, { nullable: true, description: 'When this period ended, YYYY-MM-DD; null while current (终止日)' })
  @Property({ type: 'string', length: 10, nullable: true })
  endedOn: string | null = null;

  @Field(_type => String, { nullable: true, description: 'Why it ended (终止原因)' })
  @Property({ type: 'string', length: 200, nullable: true })
  endReason: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When it was recorded (登记时间)' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}

import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { IsPlainText } from '../../../kit/personal/validators';
import { PartyMember, PartyMemberCategory, PartyMemberColour, PartyMemberTag } from './member.entity';

@InputType({ description: 'Filter for party members (党员筛选)' })
export class PartyMemberWhere {
  @Field(_type => PartyMemberCategory, { nullable: true, description: 'Only this ledger (党员类别)' })
  @IsOptional()
  category?: PartyMemberCategory;

  @Field(_type => PartyMemberColour, { nullable: true, description: 'Only this colour (五色标记)' })
  @IsOptional()
  colour?: PartyMemberColour;
}

export enum PartyMemberOrderField {
  JOINED = 'JOINED',
  REGISTERED = 'REGISTERED',
}
registerEnumType(PartyMemberOrderField, {
  name: 'PartyMemberOrderField',
  description: 'Sort keys for party members (党员排序)',
  valuesConfig: { JOINED: { description: 'Date joined the party (入党日期)' }, REGISTERED: { description: 'When registered here (登记时间)' } },
});
export const PartyMemberOrderBy = OrderByInput('PartyMember', PartyMemberOrderField, PartyMemberOrderField.REGISTERED);

@ArgsType()
export class PartyMembersArgs extends ConnectionArgs {
  @Field(_type => PartyMemberWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: PartyMemberWhere;

  @Field(_type => PartyMemberOrderBy, { nullable: true, description: 'Order (排序)' })
  orderBy?: OrderBy<PartyMemberOrderField>;
}

export function memberFilter(where: PartyMemberWhere = {}): FilterQuery<PartyMember> {
  return { ...(where.category ? { category: where.category } : {}), ...(where.colour ? { colour: where.colour } : {}) };
}

export function memberOrder(orderBy?: OrderBy<PartyMemberOrderField>) {
  return sortKeys(orderBy, { JOINED: ['joinedOn'], REGISTERED: ['registeredAt'] }, PartyMemberOrderField.REGISTERED);
}

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

@InputType({ description: 'A resident to register as a party member (登记党员)' })
export class RegisterPartyMemberInput {
  @Field(_type => ID, { description: 'The resident (居民), from grids' })
  @IsUUID()
  residentId!: string;

  @Field(_type => ID, { description: 'Organisation the member belongs to (所在党组织), in the community where the resident lives' })
  @IsUUID()
  organizationId!: string;

  @Field(_type => PartyMemberCategory, { description: 'Ledger (党员类别)' })
  @IsEnum(PartyMemberCategory)
  category!: PartyMemberCategory;

  @Field(_type => [PartyMemberTag], { defaultValue: [], description: 'Tags (分类标签)' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(PartyMemberTag, { each: true })
  tags!: PartyMemberTag[];

  @Field(_type => PartyMemberColour, { nullable: true, description: 'Five-colour mark (五色标记); derived from the ledger and tags when omitted' })
  @IsOptional()
  @IsEnum(PartyMemberColour)
  colour?: PartyMemberColour;

  @Field({ description: 'Date joined the party, YYYY-MM-DD (入党日期), not in the future' })
  @Matches(DATE_PATTERN, { message: 'joinedOn must be a date YYYY-MM-DD' })
  joinedOn!: string;
}

@InputType({ description: "A member's organisational relationship to move (组织关系转接)" })
export class TransferPartyMemberInput {
  @Field(_type => ID, { description: 'Member (党员)' })
  @IsUUID()
  memberId!: string;

  @Field(_type => ID, { description: 'Organisation to transfer to (转入党组织)' })
  @IsUUID()
  toOrganizationId!: string;

  @Field({ description: 'Reason (转接原因), 2–200 characters' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  reason!: string;
}

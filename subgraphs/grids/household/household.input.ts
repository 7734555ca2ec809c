import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { NewResidentInput } from '../resident/resident.input';
import { Household } from './household.entity';

@InputType({ description: 'Filter for households' })
export class HouseholdWhere {
  @Field(_type => Int, { nullable: true, description: 'Unit (单元)' })
  @IsOptional()
  @Min(1)
  @Max(99)
  unit?: number;

  @Field(_type => Int, { nullable: true, description: 'Floor (楼层)' })
  @IsOptional()
  @Min(-5)
  @Max(200)
  floor?: number;
}

export enum HouseholdOrderField {
  ADDRESS = 'ADDRESS',
  REGISTERED_AT = 'REGISTERED_AT',
}
registerEnumType(HouseholdOrderField, { name: 'HouseholdOrderField', description: 'Sort keys for households' });
export const HouseholdOrderBy = OrderByInput('Household', HouseholdOrderField, HouseholdOrderField.ADDRESS);

@ArgsType()
export class HouseholdsArgs extends ConnectionArgs {
  @Field(_type => HouseholdWhere, { nullable: true })
  @ValidateNested()
  where?: HouseholdWhere;

  @Field(_type => HouseholdOrderBy, { nullable: true })
  orderBy?: OrderBy<HouseholdOrderField>;
}

export function householdFilter(where: HouseholdWhere = {}): FilterQuery<Household> {
  return {
    ...(where.unit !== undefined && where.unit !== null && { unit: where.unit }),
    ...(where.floor !== undefined && where.floor !== null && { floor: where.floor }),
  };
}

export function householdOrder(orderBy?: OrderBy<HouseholdOrderField>) {
  return sortKeys(
    orderBy,
    { ADDRESS: ['unit', 'floor', 'room'], REGISTERED_AT: ['registeredAt'] },
    HouseholdOrderField.ADDRESS,
  );
}

/** Room numbers are floor then two digits: "604" is floor 6, room 04; "1203" floor 12. */
export const ROOM_PATTERN = /^[1-9]\d?\d{2}$/;

@InputType({ description: 'A new household at a building-unit-room address (登记住户)' })
export class RegisterHouseholdInput {
  @Field(_type => ID, { description: 'Building (楼栋)' })
  @IsUUID()
  buildingId!: string;

  @Field(_type => Int, { description: 'Unit (单元), 1 to the building’s number of units' })
  @Min(1)
  @Max(99)
  unit!: number;

  @Field({ description: 'Room, floor first: "604" (室)' })
  @Matches(ROOM_PATTERN, { message: '$property must be a room number like 604 or 1203 (floor, then two digits)' })
  room!: string;

  @Field(_type => [NewResidentInput], { description: 'Residents to register with it (at most 20)' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  residents: NewResidentInput[] = [];
}

import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConnectionArgs, SortDirection } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { IsMainlandMobile, IsNationalId, IsPlainText } from '../../../kit/personal/validators';
import { Gender, Resident } from './resident.entity';

@InputType({ description: 'Filter for residents' })
export class ResidentWhere {
  @Field(_type => Gender, { nullable: true })
  gender?: Gender;

  @Field({ nullable: true, description: 'Only heads of household (户主)' })
  isHead?: boolean;

  @Field(_type => Int, { nullable: true, description: 'Aged at least this many years, e.g. 60 for the elderly' })
  @IsOptional()
  @Min(0)
  @Max(150)
  minAge?: number;
}

export enum ResidentOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  BIRTH_DATE = 'BIRTH_DATE',
}
registerEnumType(ResidentOrderField, { name: 'ResidentOrderField', description: 'Sort keys for residents' });
export const ResidentOrderBy = OrderByInput('Resident', ResidentOrderField, ResidentOrderField.REGISTERED_AT);

@ArgsType()
export class ResidentsArgs extends ConnectionArgs {
  @Field(_type => ResidentWhere, { nullable: true })
  @ValidateNested()
  where?: ResidentWhere;

  @Field(_type => ResidentOrderBy, { nullable: true })
  orderBy?: OrderBy<ResidentOrderField>;
}

/** Latest birth date (YYYY-MM-DD) of someone who is `age` or older on `today`. */
export function bornOnOrBefore(age: number, today: Date = new Date()): string {
  const date = new Date(Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth(), today.getUTCDate()));
  return date.toISOString().slice(0, 10);
}

export function residentFilter(where: ResidentWhere = {}): FilterQuery<Resident> {
  return {
    ...(where.gender && { gender: where.gender }),
    ...(where.isHead !== undefined && where.isHead !== null && { isHead: where.isHead }),
    ...(where.minAge !== undefined && where.minAge !== null && { birthDate: { $lte: bornOnOrBefore(where.minAge) } }),
  };
}

export function residentOrder(orderBy?: OrderBy<ResidentOrderField>) {
  return sortKeys(orderBy, { REGISTERED_AT: ['registeredAt'], BIRTH_DATE: ['birthDate'] }, ResidentOrderField.REGISTERED_AT);
}

/**
 * A household's members as a household register lists them: the head (户主) first, whatever the
 * requested order, then the others in that order. `isHead` is a plain boolean column, and true
 * sorts after false in both SQLite (1 > 0) and PostgreSQL, so descending puts the head first.
 */
export function householdMemberOrder(orderBy?: OrderBy<ResidentOrderField>) {
  return [['isHead', SortDirection.DESC] as const, ...residentOrder(orderBy)];
}

/** A person to register; birth date and gender are read from the national ID number. */
@InputType({ description: 'A resident to register (登记居民)' })
export class NewResidentInput {
  @Field({ description: 'Full name (姓名), 1–50 characters' })
  @Length(1, 50)
  @IsPlainText()
  name!: string;

  @Field({ description: 'Mainland national ID number (身份证号), 18 characters' })
  @IsNationalId()
  nationalId!: string;

  @Field(_type => String, { nullable: true, description: 'Mainland mobile number (手机号), 11 digits' })
  @IsOptional()
  @IsMainlandMobile()
  phone?: string | null;

  @Field({ defaultValue: false, description: 'Head of the household (户主)' })
  isHead: boolean = false;
}

@InputType({ description: 'Register a resident in an existing household (登记居民)' })
export class RegisterResidentInput extends NewResidentInput {
  @Field(_type => ID, { description: 'Household (住户)' })
  @IsUUID()
  householdId!: string;
}

@InputType({ description: 'Move a resident to another household (迁移)' })
export class MoveResidentInput {
  @Field(_type => ID, { description: 'Resident to move' })
  @IsUUID()
  residentId!: string;

  @Field(_type => ID, { description: 'Household moved to' })
  @IsUUID()
  toHouseholdId!: string;
}

import { IsBoolean, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';

/** GB 32100: 18 characters, digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

@InputType({ description: 'A property company to register (登记物业企业)' })
export class RegisterPropertyCompanyInput {
  @Field({ description: 'Name, 2–100 characters (企业名称)' })
  @MinLength(2)
  @MaxLength(100)
  @IsPlainText()
  name!: string;

  @Field({ description: 'Unified social credit code, 18 characters (统一社会信用代码)' })
  @Matches(CREDIT_CODE_PATTERN, { message: 'creditCode must be an 18-character unified social credit code' })
  creditCode!: string;

  @Field({ defaultValue: false, description: 'Has a party organisation of its own (企业党组织)' })
  @IsBoolean()
  hasPartyOrganization!: boolean;
}

@InputType({ description: 'A resident to register as an employee of a property company at a compound it manages (登记物业员工)' })
export class RegisterCompanyStaffMemberInput {
  @Field(_type => ID, { description: 'The company (物业企业)' })
  @IsUUID()
  companyId!: string;

  @Field(_type => ID, { description: 'The resident (居民)' })
  @IsUUID()
  residentId!: string;

  @Field(_type => ID, { description: 'The compound of the posting, managed by the company now (驻点小区)' })
  @IsUUID()
  compoundId!: string;

  @Field({ description: 'Post, 2–50 characters (岗位)' })
  @MinLength(2)
  @MaxLength(50)
  @IsPlainText()
  post!: string;
}

import { IsEnum, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { IsCalendarDate } from '../../../kit/validation/calendar-date';
import { ManagementMode } from './compound-management.entity';

@InputType({ description: "A compound's new management, replacing the current one (变更物业管理方式)" })
export class AssignCompoundManagementInput {
  @Field(_type => ID, { description: 'The compound (小区)' })
  @IsUUID()
  compoundId!: string;

  @Field(_type => ManagementMode, { description: 'Mode (管理方式)' })
  @IsEnum(ManagementMode)
  mode!: ManagementMode;

  @Field(_type => ID, { nullable: true, description: 'The company: required for ENTERPRISE, refused otherwise (物业企业)' })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @Field({ description: 'Starts, YYYY-MM-DD, not before the current period started (起始日)' })
  @IsCalendarDate()
  startsOn!: string;

  @Field(_type => String, { nullable: true, description: 'Contract ends, YYYY-MM-DD, after it starts (合同截止日)' })
  @IsOptional()
  @IsCalendarDate()
  contractEndsOn?: string | null;
}

@InputType({ description: "End a compound's management, leaving it unmanaged (终止物业管理)" })
export class EndCompoundManagementInput {
  @Field(_type => ID, { description: 'The compound (小区)' })
  @IsUUID()
  compoundId!: string;

  @Field({ description: 'Ends, YYYY-MM-DD, not before the period started (终止日)' })
  @IsCalendarDate()
  endedOn!: string;

  @Field({ description: 'Why, 2–200 characters (终止原因)' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  reason!: string;
}

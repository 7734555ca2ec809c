import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DATE_PATTERN } from '../../../kit/validation/calendar-date';
import { CareLevel, DietaryTag, DisabilityLevel, LivingSituation } from './elder-profile.entity';

@InputType({ description: "An elder's profile, created on first use (老人建档 / 更新档案)" })
export class UpdateElderProfileInput {
  @Field(_type => ID, { description: 'The resident, 60 or over (居民)' })
  @IsUUID()
  residentId!: string;

  @Field({ description: 'Birth date on the ID card, YYYY-MM-DD, 60 or more years ago (出生日期)' })
  @Matches(DATE_PATTERN, { message: 'birthDate must be a date YYYY-MM-DD' })
  birthDate!: string;

  @Field(_type => LivingSituation, { description: 'Who the elder lives with (居住情况)' })
  @IsEnum(LivingSituation)
  livingSituation!: LivingSituation;

  @Field({ description: 'In hardship (低保、特困)' })
  @IsBoolean()
  hardship!: boolean;

  @Field(_type => DisabilityLevel, { description: 'Disability (残疾等级)' })
  @IsEnum(DisabilityLevel)
  disability!: DisabilityLevel;

  @Field(_type => [DietaryTag], { defaultValue: [], description: 'Dietary needs (饮食需求)' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(DietaryTag, { each: true })
  dietaryNeeds!: DietaryTag[];

  @Field(_type => CareLevel, { description: 'Care needed (照护等级)' })
  @IsEnum(CareLevel)
  careLevel!: CareLevel;

  @Field({ description: 'Pension certification due by, YYYY-MM-DD (养老认证截止)' })
  @Matches(DATE_PATTERN, { message: 'certificationDueOn must be a date YYYY-MM-DD' })
  certificationDueOn!: string;
}

import { IsEnum, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { DATE_PATTERN } from '../../../kit/validation/calendar-date';
import { HomeVisitKind } from './home-visit.entity';

@InputType({ description: 'A visit made to an elder at home (上门服务登记)' })
export class RecordHomeVisitInput {
  @Field(_type => ID, { description: 'The elder, as a resident with an elder profile (居民)' })
  @IsUUID()
  residentId!: string;

  @Field(_type => HomeVisitKind, { description: 'Kind (类型)' })
  @IsEnum(HomeVisitKind)
  kind!: HomeVisitKind;

  @Field({ description: 'Day of the visit, YYYY-MM-DD, not in the future (走访日期)' })
  @Matches(DATE_PATTERN, { message: 'visitedOn must be a date YYYY-MM-DD' })
  visitedOn!: string;

  @Field({ description: 'Who went, 2–200 characters (走访人员)' })
  @Length(2, 200)
  @IsPlainText()
  visitors!: string;

  @Field({ description: 'How it ended, 2–1000 characters (走访结果)' })
  @Length(2, 1000)
  @IsPlainText({ multiline: true })
  outcome!: string;
}

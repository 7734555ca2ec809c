import {
  ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsLatitude, IsLongitude, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { ElderService, ServicePointKind } from './service-point.entity';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Opening hours on one weekday (营业时间)' })
export class OpeningHoursInput {
  @Field(_type => Int, { description: 'Weekday, 1 = Monday … 7 = Sunday (星期)' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field({ description: 'Opens at, HH:MM (开门)' })
  @Matches(TIME, { message: 'opens must be a time HH:MM' })
  opens!: string;

  @Field({ description: 'Closes at, HH:MM, after it opens (关门)' })
  @Matches(TIME, { message: 'closes must be a time HH:MM' })
  closes!: string;
}

@InputType({ description: 'A new service point (登记服务点)' })
export class RegisterServicePointInput {
  @Field(_type => ID, { description: 'Community it belongs to (所属社区)' })
  @IsUUID()
  communityId!: string;

  @Field({ description: 'Name, 2–100 characters, unique in the community (名称)' })
  @Length(2, 100)
  @IsPlainText()
  name!: string;

  @Field(_type => ServicePointKind, { description: 'Kind (类型)' })
  @IsEnum(ServicePointKind)
  kind!: ServicePointKind;

  @Field({ description: 'Who runs it, 2–100 characters (运营方)' })
  @Length(2, 100)
  @IsPlainText()
  operator!: string;

  @Field(_type => [ElderService], { description: 'Services offered (服务项目)' })
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsEnum(ElderService, { each: true })
  services!: ElderService[];

  @Field(_type => [OpeningHoursInput], { description: 'Opening hours, at most one entry per weekday (营业时间)' })
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  openingHours!: OpeningHoursInput[];

  @Field(_type => Int, { description: 'Meals a day, 1–2000 for canteens, meal points and partner merchants, 0 for the others (日供餐能力)' })
  @IsInt()
  @Min(0)
  @Max(2000)
  dailyMealCapacity!: number;

  @Field(_type => Float, { description: 'Latitude, WGS-84 (纬度)' })
  @IsLatitude()
  latitude!: number;

  @Field(_type => Float, { description: 'Longitude, WGS-84 (经度)' })
  @IsLongitude()
  longitude!: number;
}

@InputType({ description: 'Open or close a service point (服务点运营状态)' })
export class ServicePointStatusInput {
  @Field(_type => ID, { description: 'Service point (服务点)' })
  @IsUUID()
  pointId!: string;

  @Field(_type => String, { nullable: true, description: 'Why, 2–500 characters; required to close (原因)' })
  @IsOptional()
  @Length(2, 500)
  @IsPlainText({ multiline: true })
  reason?: string | null;
}

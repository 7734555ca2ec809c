import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { DATE_PATTERN } from '../../../kit/validation/calendar-date';
import { DietaryTag } from '../elder-profile/elder-profile.entity';

@InputType({ description: 'A dish on a menu (菜品); a dish of the same name at the point is updated' })
export class DishInput {
  @Field({ description: 'Name, 1–100 characters (菜名)' })
  @Length(1, 100)
  @IsPlainText()
  name!: string;

  @Field(_type => Int, { description: 'Normal price in fen, 1–100000 (正常价, 分): 10.5 yuan is 1050' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  priceFen!: number;

  @Field(_type => Int, { defaultValue: 0, description: 'Part of the price that pays for extras, in fen, at most the price (配菜价, 分)' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  extrasFen!: number;

  @Field(_type => String, { nullable: true, description: 'What the extras are, e.g. 鸡蛋和小菜 (配菜)' })
  @IsOptional()
  @Length(1, 100)
  @IsPlainText()
  extras?: string | null;

  @Field(_type => [DietaryTag], { defaultValue: [], description: 'Dietary tags (饮食标签)' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(DietaryTag, { each: true })
  tags!: DietaryTag[];
}

@InputType({ description: "A point's menu of one day (发布菜单); replaces that day's menu" })
export class PublishMenuInput {
  @Field(_type => ID, { description: 'Service point serving meals (服务点)' })
  @IsUUID()
  pointId!: string;

  @Field({ description: 'Day, YYYY-MM-DD (日期)' })
  @Matches(DATE_PATTERN, { message: 'servedOn must be a date YYYY-MM-DD' })
  servedOn!: string;

  @Field(_type => [DishInput], { description: 'Dishes, 1–40, names unique (菜品)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  dishes!: DishInput[];
}

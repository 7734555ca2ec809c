import { IsEnum, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ServicePointKind } from '../service-point/service-point.entity';

export const MAX_NEARBY = 10;

@ArgsType()
export class NearbyServicePointsArgs {
  @Field(_type => ServicePointKind, { description: 'Kind of point (服务点类型)' })
  @IsEnum(ServicePointKind)
  kind!: ServicePointKind;

  @Field(_type => Int, { defaultValue: 3, description: `How many, nearest first, 1–${MAX_NEARBY}` })
  @Min(1)
  @Max(MAX_NEARBY)
  first: number = 3;
}

import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ServicePointKind } from '../service-point/service-point.entity';

/** The 15-minute elderly service circle (15分钟养老服务圈) of one community for one kind of point. */
@ObjectType({
  description: "A community's 15-minute elderly service circle (15分钟养老服务圈) for one kind of point: elders within a 15-minute walk "
    + '(1200 m at 80 m a minute; straight line × 1.3 for the detour of streets, so 923 m straight) of an open point of that kind',
})
export class ServiceCircle {
  communityId!: string;

  @Field(_type => ServicePointKind, { description: 'Kind of point (服务点类型)' })
  kind!: ServicePointKind;

  @Field(_type => Int, { description: 'Walking distance of the circle in metres (步行距离)' })
  walkingMetres!: number;

  @Field(_type => Float, { description: 'Walk ÷ straight line assumed for streets (绕行系数)' })
  detourFactor!: number;

  @Field(_type => Int, { description: 'Straight-line radius in metres, rounded (直线半径)' })
  radiusMetres!: number;

  @Field(_type => Int, { description: 'Elders with a profile in the community (老人数)' })
  elders!: number;

  @Field(_type => Int, { description: 'Of those, within the circle (圈内老人数)' })
  covered!: number;

  @Field(_type => Int, { description: 'Of those, outside it (圈外老人数)' })
  uncovered!: number;

  @Field(_type => Int, { description: 'Outside because their building has no location yet (无位置)' })
  unlocated!: number;

  @Field(_type => Float, { nullable: true, description: 'covered / elders, four places; null without elders (覆盖率)' })
  coverageRate!: number | null;
}

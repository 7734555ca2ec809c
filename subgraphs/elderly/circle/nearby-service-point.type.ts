import { Field, Int, ObjectType } from 'type-graphql';
import type { ElderProfile } from '../elder-profile/elder-profile.entity';

/** A service point near a home, with how far it is. */
@ObjectType({ description: 'A service point near a home (附近服务点), with the distance and the walk' })
export class NearbyServicePoint {
  pointId!: string;
  /** The elder it was looked up for, when reached from an elder profile (quotes are for them). */
  profile!: ElderProfile | null;

  @Field(_type => Int, { description: 'Straight-line distance in metres (直线距离, 米)' })
  distanceMetres!: number;

  @Field(_type => Int, { description: 'Minutes on foot: straight line × 1.3 detour at 80 m a minute (步行分钟)' })
  walkingMinutes!: number;

  @Field({ description: 'Within the 15-minute walk (在15分钟养老服务圈内)' })
  withinCircle!: boolean;
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ElderlyContext } from '../context';
import { NearbyServicePointsArgs } from '../circle/nearby.args';
import { nearbyPoints } from '../circle/nearby';
import { NearbyServicePoint } from '../circle/nearby-service-point.type';
import { Household } from './household.type';

@Resolver(_of => Household)
export class HouseholdNearestServicePointsResolver {
  @FieldResolver(_returns => [NearbyServicePoint], { nullable: true, description: 'Open points of a kind nearest this home, nearest first, within 4 km (附近服务点)' })
  nearestServicePoints(@Root() household: Household, @Args() args: NearbyServicePointsArgs, @Ctx() { loaders }: ElderlyContext): Promise<NearbyServicePoint[]> {
    return nearbyPoints(loaders, household.id, args.kind, args.first, null);
  }
}

import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { checkedPeriod, PropertyStatsArgs } from '../stats/property-stats.args';
import { PropertyStats } from '../stats/property-stats.type';
import { Community } from './community.type';

@Resolver(_of => Community)
export class CommunityPropertyStatsResolver {
  @Authorized()
  @FieldResolver(_returns => PropertyStats, { description: 'Property-management figures: meetings, problems, suggestions, management, committees, satisfaction (物业治理统计)' })
  propertyStats(@Root() community: Community, @Args() args: PropertyStatsArgs, @Ctx() { loaders }: PropertyContext): Promise<PropertyStats> {
    return loaders.stats.load('communityId', community.id, checkedPeriod(args));
  }
}

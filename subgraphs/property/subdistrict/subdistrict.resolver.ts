import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { statsPeriod, StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { PropertyStats } from '../stats/property-stats.type';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictPropertyStatsResolver {
  @Authorized()
  @FieldResolver(_returns => PropertyStats, { nullable: true, description: 'Property-management figures: meetings, problems, suggestions, management, committees, satisfaction (物业治理统计)' })
  propertyStats(@Root() subdistrict: Subdistrict, @Args() args: StatsPeriodArgs, @Ctx() { loaders, receivedAt }: PropertyContext): Promise<PropertyStats> {
    return loaders.stats.load('subdistrictId', subdistrict.id, statsPeriod(args, receivedAt));
  }
}

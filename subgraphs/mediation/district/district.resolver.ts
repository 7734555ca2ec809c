import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { MediationStats } from '../stats/mediation-stats.type';
import { statsFor } from '../stats/stats-access';
import { District } from './district.type';

@Resolver(_of => District)
export class DistrictMediationStatsResolver {
  @FieldResolver(_returns => MediationStats, { nullable: true, description: 'Mediation statistics of the district, for city-wide readers; null for others (全区矛盾纠纷调解统计)' })
  mediationStats(@Root() district: District, @Args() args: StatsPeriodArgs, @Ctx() context: MediationContext): Promise<MediationStats | null> {
    return statsFor('district', district.id, args, context);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { MediationStats } from '../stats/mediation-stats.type';
import { statsFor } from '../stats/stats-access';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictMediationStatsResolver {
  @FieldResolver(_returns => MediationStats, { nullable: true, description: 'Mediation statistics of the subdistrict; null outside your scope (街道矛盾纠纷调解统计)' })
  mediationStats(@Root() subdistrict: Subdistrict, @Args() args: StatsPeriodArgs, @Ctx() context: MediationContext): Promise<MediationStats | null> {
    return statsFor('subdistrict', subdistrict.id, args, context);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { PartyStats } from '../stats/party-stats.type';
import { periodDays, statsPeriod, StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictPartyStatsResolver {
  @FieldResolver(_returns => PartyStats, { nullable: true, description: 'Party-building statistics of the subdistrict (街道党建统计)' })
  partyStats(@Root() subdistrict: Subdistrict, @Args() args: StatsPeriodArgs, @Ctx() { loaders, viewer, receivedAt }: PartyContext): Promise<PartyStats> {
    return loaders.stats.visible('subdistrictId', subdistrict.id, periodDays(statsPeriod(args, receivedAt)), viewer);
  }
}

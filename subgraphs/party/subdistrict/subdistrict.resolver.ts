import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { visibleTo } from '../stats/party-stats.loader';
import { PartyStats } from '../stats/party-stats.type';
import { periodDays, statsPeriod, StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictPartyStatsResolver {
  @FieldResolver(_returns => PartyStats, { description: 'Party-building statistics of the subdistrict (街道党建统计)' })
  partyStats(@Root() subdistrict: Subdistrict, @Args() args: StatsPeriodArgs, @Ctx() { loaders, viewer, receivedAt }: PartyContext): Promise<PartyStats> {
    return loaders.stats.load('subdistrictId', subdistrict.id, periodDays(statsPeriod(args, receivedAt))).then((stats) => visibleTo(stats, viewer));
  }
}

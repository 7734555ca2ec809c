import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { PartyStats } from '../stats/party-stats.type';
import { PartyStatsArgs, statsYear } from '../stats/party-stats.input';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictPartyStatsResolver {
  @FieldResolver(_returns => PartyStats, { nullable: true, description: 'Party-building statistics of the subdistrict (街道党建统计)' })
  partyStats(@Root() subdistrict: Subdistrict, @Args() args: PartyStatsArgs, @Ctx() { loaders, viewer }: PartyContext): Promise<PartyStats> {
    return loaders.stats.visible('subdistrictId', subdistrict.id, statsYear(args), viewer);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SERIES_DESCRIPTION, StatsSeriesArgs } from '../../../kit/stats/stats-interval';
import type { MediationContext } from '../context';
import { MediationTeam } from '../team/mediation-team.entity';
import { MediationStats, MediationStatsBucket, MediationTeamCount } from './mediation-stats.type';

@Resolver(_of => MediationTeamCount)
export class MediationTeamCountResolver {
  @FieldResolver(_returns => MediationTeam, { description: 'Team (调解组织)' })
  async team(@Root() count: MediationTeamCount, @Ctx() { loaders }: MediationContext): Promise<MediationTeam> {
    return (await loaders.teamById.load(count.teamId))!;
  }
}

@Resolver(_of => MediationStats)
export class MediationStatsSeriesResolver {
  @FieldResolver(_returns => [MediationStatsBucket], { description: SERIES_DESCRIPTION })
  series(@Root() stats: MediationStats, @Args() { interval }: StatsSeriesArgs, @Ctx() { loaders }: MediationContext): Promise<MediationStatsBucket[]> {
    return loaders.stats.series(stats.key, interval);
  }
}

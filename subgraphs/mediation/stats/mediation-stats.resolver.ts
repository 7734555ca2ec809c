import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationTeam } from '../team/mediation-team.entity';
import { MediationTeamCount } from './mediation-stats.type';

@Resolver(_of => MediationTeamCount)
export class MediationTeamCountResolver {
  @FieldResolver(_returns => MediationTeam, { description: 'Team (调解组织)' })
  async team(@Root() count: MediationTeamCount, @Ctx() { loaders }: MediationContext): Promise<MediationTeam> {
    return (await loaders.teamById.load(count.teamId))!;
  }
}

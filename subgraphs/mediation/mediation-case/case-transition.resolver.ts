import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationTeam } from '../team/mediation-team.entity';
import { MediationCaseTransition } from './case-transition.entity';

@Resolver(_of => MediationCaseTransition)
export class MediationCaseTransitionResolver {
  @FieldResolver(_returns => MediationTeam, { nullable: true, description: 'Team that took the case over on this step (接手调解组织)' })
  takenOverBy(@Root() step: MediationCaseTransition, @Ctx() { loaders }: MediationContext): Promise<MediationTeam | null> | null {
    return step.teamId ? loaders.teamById.load(step.teamId) : null;
  }
}

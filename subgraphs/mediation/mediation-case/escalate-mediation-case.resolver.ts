import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { MediationContext } from '../context';
import type { MediationTeam } from '../team/mediation-team.entity';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { mechanismFor, requireTeamServes } from './case-rules';
import { deadlineFrom, MediationCaseCommand, nextLevel } from './lifecycle';
import { EscalateMediationCaseInput } from './mediation-case.input';

@ObjectType({ description: 'Result of handing a case up' })
export class EscalateMediationCasePayload extends MediationCaseCommandPayload {}

@Resolver()
export class EscalateMediationCaseResolver {
  @Authorized()
  @Mutation(_returns => EscalateMediationCasePayload, {
    description: 'Hand a case the level cannot settle up to the next one (community → subdistrict → judicial office), saying why and who takes it over (逐级上交)',
  })
  escalateMediationCase(@Arg('input', { description: 'The command (指令)' }) input: EscalateMediationCaseInput, @Ctx() context: MediationContext): Promise<EscalateMediationCasePayload> {
    let team: MediationTeam;
    return runCaseCommand(context, input.caseId, MediationCaseCommand.ESCALATE, {
      reason: input.reason,
      check: async (kase) => {
        // The table allows ESCALATE only below the top level, so a next level exists.
        team = requireTeamServes(await context.loaders.teamById.load(input.toTeamId), kase, nextLevel(kase.level)!, kase.category, 'input.toTeamId');
      },
      apply: (kase, now, transition) => {
        kase.level = nextLevel(kase.level)!;
        kase.mechanism = input.mechanism ?? mechanismFor(kase.level);
        kase.teamId = team.id;
        kase.levelSince = now;
        kase.deadlineAt = deadlineFrom(kase.level, now);
        kase.escalations += 1;
        transition.teamId = team.id;
      },
    });
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { reveal } from '../../../kit/auth/personal-data';
import { maskName } from '../../../kit/personal/mask';
import type { MediationContext } from '../context';
import { MEDIATOR_READERS } from '../roles';
import { CaseloadRecord } from './caseload.type';
import { MediationTeam } from './mediation-team.entity';
import { Mediator } from './mediator.entity';

@Resolver(_of => Mediator)
export class MediatorResolver {
  @FieldResolver(_returns => String, { description: 'Name, masked (张*明) outside the territory it serves (姓名)' })
  name(@Root() mediator: Mediator, @Ctx() { viewer, audit }: MediationContext, @RevealArg() reason?: RevealReason): string {
    return reveal({ viewer, audit, reason: reason ?? null, field: 'Mediator.name', roles: MEDIATOR_READERS, subject: { type: 'Mediator', ...mediator } }, mediator.name, maskName);
  }

  @FieldResolver(_returns => MediationTeam, { description: 'Team (所属调解组织)' })
  async team(@Root() mediator: Mediator, @Ctx() { loaders }: MediationContext): Promise<MediationTeam> {
    return (await loaders.teamById.load(mediator.teamId))!;
  }

  @FieldResolver(_returns => CaseloadRecord, { description: 'Cases assigned, open and settled (个人办案量)' })
  caseload(@Root() mediator: Mediator, @Ctx() { loaders }: MediationContext): Promise<CaseloadRecord> {
    return loaders.caseload.byMediator.load(mediator.id);
  }
}

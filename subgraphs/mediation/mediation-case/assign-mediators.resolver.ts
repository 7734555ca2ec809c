import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { BadUserInputError } from '../../../kit/errors';
import type { MediationContext } from '../context';
import { CALLED_IN_KINDS, type Mediator } from '../team/mediator.entity';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { CaseMediator, CaseMediatorRole } from './case-mediator.entity';
import { requireTeamServes } from './case-rules';
import { MediationCaseCommand } from './lifecycle';
import { AssignMediatorsInput } from './mediation-case.input';

@ObjectType({ description: 'Result of assigning mediators' })
export class AssignMediatorsPayload extends MediationCaseCommandPayload {}

@Resolver()
export class AssignMediatorsResolver {
  @Authorized()
  @Mutation(_returns => AssignMediatorsPayload, {
    description: "Assign mediators to a case by its level and category; legal advisers, police and the judicial office are called in (指派调解员, 吹哨)",
  })
  async assignMediators(@Arg('input', { description: 'The command (指令)' }) input: AssignMediatorsInput, @Ctx() context: MediationContext): Promise<AssignMediatorsPayload> {
    const { loaders, em } = context;
    const ids = input.mediators.map((assignment) => assignment.mediatorId);
    const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (duplicate >= 0) throw new BadUserInputError(`input.mediators.${duplicate}.mediatorId`, 'unique', `input.mediators.${duplicate}.mediatorId is listed twice`);
    const leads = input.mediators.filter((assignment) => assignment.role === CaseMediatorRole.LEAD).length;
    if (leads > 1) throw new BadUserInputError('input.mediators', 'one lead', 'input.mediators may name one LEAD at most');
    let mediators: Mediator[] = [];
    // A mediator assigned twice at the same moment loses on the unique (case, mediator) index: CONFLICT in runCaseCommand.
    return runCaseCommand(context, input.caseId, MediationCaseCommand.ASSIGN_MEDIATORS, {
      check: async (kase) => {
        const existing = await loaders.assignmentsByCaseId.load(kase.id);
        if (leads && existing.some((assignment) => assignment.role === CaseMediatorRole.LEAD && assignment.level === kase.level)) {
          throw new BadUserInputError('input.mediators', 'one lead', 'The case already has a LEAD mediator at this level');
        }
        const loaded = await loaders.mediatorById.loadMany(ids);
        mediators = loaded.map((mediator, index) => {
          const field = `input.mediators.${index}.mediatorId`;
          if (!mediator || mediator instanceof Error || !mediator.active) throw new BadUserInputError(field, 'exists', `${field} is not an active mediator`);
          if (existing.some((assignment) => assignment.mediatorId === mediator.id)) throw new BadUserInputError(field, 'not assigned', `${field} is already on the case`);
          return mediator;
        });
        const teams = await loaders.teamById.loadMany(mediators.map((mediator) => mediator.teamId));
        mediators.forEach((mediator, index) => {
          const field = `input.mediators.${index}.mediatorId`;
          const calledIn = CALLED_IN_KINDS.includes(mediator.kind);
          if (calledIn !== (input.mediators[index].role === CaseMediatorRole.CALLED_IN)) {
            throw new BadUserInputError(`input.mediators.${index}.role`, 'called in', `input.mediators.${index}.role must be CALLED_IN exactly for legal advisers, police and judicial office staff`);
          }
          if (calledIn) {
            if (mediator.subdistrictId !== kase.subdistrictId) throw new BadUserInputError(field, 'covers place', `${field} does not serve the case's subdistrict`);
          } else {
            const team = teams[index];
            requireTeamServes(team instanceof Error ? null : team, kase, kase.level, kase.category, field);
          }
        });
      },
      apply: (kase, now) => {
        kase.teamId ??= mediators.find((mediator) => !CALLED_IN_KINDS.includes(mediator.kind))?.teamId ?? null;
        for (const [index, mediator] of mediators.entries()) {
          const assignment = Object.assign(new CaseMediator(), {
            id: uuidv4(), caseId: kase.id, mediatorId: mediator.id, role: input.mediators[index].role, level: kase.level, assignedAt: now,
          });
          em.persist(assignment);
        }
      },
    });
  }
}

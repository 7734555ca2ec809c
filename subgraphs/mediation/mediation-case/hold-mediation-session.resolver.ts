import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { BadUserInputError } from '../../../kit/errors';
import type { MediationContext } from '../context';
import { AttendeeRole, MediationSession, SessionOutcome } from '../session/mediation-session.entity';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { requireDateInCase } from './case-rules';
import { MediationCaseCommand } from './lifecycle';
import { HoldMediationSessionInput } from './mediation-case.input';

@ObjectType({ description: 'Result of holding a mediation session' })
export class HoldMediationSessionPayload extends MediationCaseCommandPayload {
  @Field(_type => MediationSession, { description: 'The session recorded (协商会)' })
  session!: MediationSession;
}

@Resolver()
export class HoldMediationSessionResolver {
  @Authorized()
  @Mutation(_returns => HoldMediationSessionPayload, {
    description: 'Record a mediation session: who came, what was discussed, the outcome; no agreement fails the mediation at this level (召开协商会)',
  })
  async holdMediationSession(@Arg('input', { description: 'The command (指令)' }) input: HoldMediationSessionInput, @Ctx() context: MediationContext): Promise<HoldMediationSessionPayload> {
    const { loaders, em, viewer } = context;
    const command = input.outcome === SessionOutcome.NO_AGREEMENT ? MediationCaseCommand.FAIL : MediationCaseCommand.HOLD_SESSION;
    const session = new MediationSession();
    const result = await runCaseCommand(context, input.caseId, command, {
      reason: `${input.heldOn} ${input.outcome}`,
      check: async (kase) => {
        requireDateInCase(input.heldOn, kase, 'input.heldOn');
        const [assignments, parties] = await Promise.all([loaders.assignmentsByCaseId.load(kase.id), loaders.partiesByCaseId.load(kase.id)]);
        input.attendees.forEach((attendee, index) => {
          const field = `input.attendees.${index}`;
          if (attendee.mediatorId && !assignments.some((assignment) => assignment.mediatorId === attendee.mediatorId)) {
            throw new BadUserInputError(`${field}.mediatorId`, 'on the case', `${field}.mediatorId is not a mediator of the case`);
          }
          if (attendee.partyId && !parties.some((party) => party.id === attendee.partyId)) {
            throw new BadUserInputError(`${field}.partyId`, 'of the case', `${field}.partyId is not a party of the case`);
          }
          if (attendee.role === AttendeeRole.PARTY && !attendee.partyId) throw new BadUserInputError(`${field}.partyId`, 'required', `${field}.partyId is required for a PARTY`);
          if (attendee.role === AttendeeRole.MEDIATOR && !attendee.mediatorId) throw new BadUserInputError(`${field}.mediatorId`, 'required', `${field}.mediatorId is required for a MEDIATOR`);
        });
        if (!input.attendees.some((attendee) => attendee.role === AttendeeRole.MEDIATOR)) {
          throw new BadUserInputError('input.attendees', 'a mediator', 'input.attendees needs at least one MEDIATOR of the case');
        }
      },
      apply: (kase, now) => {
        Object.assign(session, {
          id: uuidv4(), caseId: kase.id, heldOn: input.heldOn, level: kase.level,
          attendees: input.attendees.map((attendee) => ({ role: attendee.role, mediatorId: attendee.mediatorId ?? null, partyId: attendee.partyId ?? null })),
          discussed: input.discussed, outcome: input.outcome, recordedBy: viewer!.id, recordedAt: now, communityId: kase.communityId, subdistrictId: kase.subdistrictId,
        });
        em.persist(session);
      },
    });
    return { ...result, session };
  }
}

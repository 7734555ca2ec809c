import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { MediationContext } from '../context';
import { DisputeLead, LeadStatus } from '../lead/dispute-lead.entity';
import { CASE_REGISTRARS } from '../roles';
import { CaseParty, CasePartyRole } from './case-party.entity';
import { mechanismFor, requireTeamServes, type CasePlace } from './case-rules';
import { MediationCaseTransition } from './case-transition.entity';
import { MediationCaseSource } from './dispute.enums';
import { deadlineFrom, MediationCaseCommand, MediationCaseStatus } from './lifecycle';
import { MediationCase } from './mediation-case.entity';
import { RegisterMediationCaseInput } from './mediation-case.input';

@ObjectType({ description: 'Result of registering a dispute (登记结果)' })
export class RegisterMediationCasePayload {
  @Field(_type => MediationCase, { description: 'The new case (调解案件)' })
  mediationCase!: MediationCase;

  @Field(_type => MediationCaseTransition, { description: 'Its first history step (办案记录)' })
  transition!: MediationCaseTransition;
}

/** Grids' state of a duplicate merged into its original (已合并). */
const MERGED = 'MERGED';

const DISPUTE_PLACES = [TerritoryLevel.COMMUNITY, TerritoryLevel.COMPOUND, TerritoryLevel.BUILDING, TerritoryLevel.HOUSEHOLD];

@Resolver()
export class RegisterMediationCaseResolver {
  @Authorized(CASE_REGISTRARS)
  @Mutation(_returns => RegisterMediationCasePayload, {
    description: 'Register a dispute for mediation: from a grid event, a lead, a walk-in, the hotline or a patrol (矛盾纠纷登记受理)',
  })
  async registerMediationCase(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RegisterMediationCaseInput,
    @Ctx() context: MediationContext,
  ): Promise<RegisterMediationCasePayload> {
    const { em, loaders, viewer } = context;
    let place: CasePlace & { gridId: string | null };
    if (input.source === MediationCaseSource.GRID_EVENT) {
      if (!input.gridEventId) throw new BadUserInputError('input.gridEventId', 'required', 'input.gridEventId is required for source GRID_EVENT');
      if (input.placeId) throw new BadUserInputError('input.placeId', 'from grid event', 'input.placeId must be left out: the place is the grid event\'s');
      const event = await loaders.gridEventCopyById.load(input.gridEventId);
      if (!event) throw new BadUserInputError('input.gridEventId', 'exists', 'input.gridEventId is not a known grid event');
      if (event.state === MERGED) throw new BadUserInputError('input.gridEventId', 'not merged', 'input.gridEventId was merged into another event; register the case from that one');
      if (await loaders.caseByGridEventId.load(event.id)) throw new ConflictError('This grid event already has a mediation case', 'input.gridEventId');
      place = event;
    } else {
      if (input.gridEventId) throw new BadUserInputError('input.gridEventId', 'only for GRID_EVENT', 'input.gridEventId is only for source GRID_EVENT');
      if (!input.placeId) throw new BadUserInputError('input.placeId', 'required', 'input.placeId is required unless the case comes from a grid event');
      const found = await requirePlace(loaders.placeById, input.placeId, 'input.placeId', DISPUTE_PLACES);
      place = { communityId: found.communityId!, subdistrictId: found.subdistrictId, gridId: found.gridId };
    }
    const lead = input.leadId ? await loaders.leadById.load(input.leadId) : null;
    if (input.source === MediationCaseSource.DEPARTMENT_LEAD) {
      if (!input.leadId) throw new BadUserInputError('input.leadId', 'required', 'input.leadId is required for source DEPARTMENT_LEAD');
      if (!lead) throw new BadUserInputError('input.leadId', 'exists', 'input.leadId is not a known dispute lead');
      if (lead.subdistrictId !== place.subdistrictId) throw new BadUserInputError('input.leadId', 'in subdistrict', 'input.leadId was shared for another subdistrict');
      if (lead.status !== LeadStatus.OPEN) throw new ConflictError(`This lead is already ${lead.status}`, 'input.leadId');
    } else if (input.leadId) {
      throw new BadUserInputError('input.leadId', 'only for DEPARTMENT_LEAD', 'input.leadId is only for source DEPARTMENT_LEAD');
    }
    const team = input.teamId ? requireTeamServes(await loaders.teamById.load(input.teamId), place, input.level, input.category, 'input.teamId') : null;

    const residentIds = new Set<string>();
    for (const [index, party] of input.parties.entries()) {
      const field = `input.parties.${index}`;
      if (!!party.residentId === !!party.name) throw new BadUserInputError(`${field}.residentId`, 'resident or name', `${field} needs either residentId or name, not both`);
      if (party.residentId) {
        if (residentIds.has(party.residentId)) throw new BadUserInputError(`${field}.residentId`, 'unique', `${field}.residentId is listed twice`);
        residentIds.add(party.residentId);
      }
    }
    await Promise.all(input.parties.map((party, index) =>
      party.residentId ? requirePlace(loaders.placeById, party.residentId, `input.parties.${index}.residentId`, [TerritoryLevel.RESIDENT]) : null));
    if (!input.parties.some((party) => party.role === CasePartyRole.APPLICANT)) {
      throw new BadUserInputError('input.parties', 'an applicant', 'input.parties needs at least one APPLICANT');
    }
    if (!canActAt(viewer, CASE_REGISTRARS, place)) throw new ForbiddenError('This dispute is outside your scope');

    const now = new Date();
    const kase = Object.assign(new MediationCase(), {
      id: uuidv4(),
      category: input.category,
      description: input.description,
      source: input.source,
      gridEventId: input.gridEventId ?? null,
      leadId: lead?.id ?? null,
      level: input.level,
      mechanism: mechanismFor(input.level),
      status: MediationCaseStatus.REGISTERED,
      teamId: team?.id ?? null,
      communityId: place.communityId,
      subdistrictId: place.subdistrictId,
      gridId: place.gridId,
      registeredBy: viewer!.id,
      registeredAt: now,
      updatedAt: now,
      levelSince: now,
      deadlineAt: deadlineFrom(input.level, now),
    });
    const transition = Object.assign(new MediationCaseTransition(), {
      id: uuidv4(), caseId: kase.id, sequence: 1, command: MediationCaseCommand.REGISTER, fromStatus: null,
      toStatus: kase.status, level: kase.level, mechanism: kase.mechanism, teamId: kase.teamId, actorId: viewer!.id, reason: null, at: now,
    });
    const parties = input.parties.map((party) => Object.assign(new CaseParty(), {
      id: uuidv4(), caseId: kase.id, role: party.role, residentId: party.residentId ?? null, name: party.name ?? null,
      affiliation: party.affiliation ?? null, communityId: kase.communityId, subdistrictId: kase.subdistrictId,
    }));
    await guardUnique(
      [
        { columns: ['grid_event_id'], field: 'input.gridEventId', message: 'This grid event already has a mediation case' },
        { columns: ['lead_id'], field: 'input.leadId', message: 'This lead already became a case' },
      ],
      () => em.transactional(async (tx) => {
        tx.persist([kase, transition, ...parties]);
        // Only an open lead converts: one closed at the same moment rolls the registration back.
        if (lead && (await tx.nativeUpdate(DisputeLead, { id: lead.id, status: LeadStatus.OPEN }, { status: LeadStatus.CONVERTED, caseId: kase.id, resolvedAt: now })) === 0) {
          throw new ConflictError('The lead changed at the same moment; nothing was written. Reload it and try again', 'input.leadId');
        }
      }),
    );
    // The row was updated natively; the loaded lead is brought in line for the payload.
    if (lead) Object.assign(lead, { status: LeadStatus.CONVERTED, caseId: kase.id, resolvedAt: now });
    return { mediationCase: kase, transition };
  }
}

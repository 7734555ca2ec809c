import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { Agreement } from '../agreement/agreement.entity';
import { Community } from '../community/community.type';
import type { MediationContext } from '../context';
import { primedCases } from '../loaders';
import { GridEvent } from '../grid-event/grid-event.type';
import { DisputeLead } from '../lead/dispute-lead.entity';
import { maskText, revealCaseDetail } from '../personal';
import { readable } from '../../../kit/auth/entity-access';
import { CASE_ACCESS } from '../access';
import { CASE_READERS } from '../roles';
import { MediationSession } from '../session/mediation-session.entity';
import { Subdistrict } from '../subdistrict/subdistrict.type';
import { MediationTeam } from '../team/mediation-team.entity';
import { CaseMediator, CaseMediatorRole } from './case-mediator.entity';
import { CaseParty } from './case-party.entity';
import { whyTeamCannotServe } from './case-rules';
import { caseFilter, caseScope } from './case-scope';
import { MediationCaseTransition } from './case-transition.entity';
import { OPEN_STATUSES } from './lifecycle';
import { MediationCaseConnection } from './mediation-case-connection.type';
import { MediationCase } from './mediation-case.entity';
import { MediationCasesArgs } from './mediation-case.input';

const ROLE_ORDER: readonly CaseMediatorRole[] = [CaseMediatorRole.LEAD, CaseMediatorRole.MEMBER, CaseMediatorRole.CALLED_IN];

@Resolver(_of => MediationCase)
export class MediationCaseResolver {
  @Authorized(CASE_READERS)
  @Query(_returns => MediationCase, { nullable: true, description: 'One mediation case; null when unknown or not yours to see (调解案件)' })
  async mediationCase(@Arg('id', _type => ID, { description: 'Id (标识)' }) id: string, @Ctx() context: MediationContext): Promise<MediationCase | null> {
    return readable(context.viewer, CASE_ACCESS, await context.loaders.caseById.load(id));
  }

  @Authorized(CASE_READERS)
  @Query(_returns => MediationCaseConnection, { nullable: true, description: 'Mediation cases in your territory, newest first (调解案件列表)' })
  mediationCases(@Args() args: MediationCasesArgs, @Ctx() { loaders, viewer }: MediationContext) {
    return primedCases(loaders, loaders.pages.root(MediationCase, pageQuery(args, { $and: [caseFilter(args.where), caseScope(viewer)] }, [['registeredAt', SortDirection.DESC]])));
  }

  @FieldResolver(_returns => String, { description: "What the dispute is about; '***' unless you mediate the case or supervise it in scope (纠纷简要情况, 个人信息)" })
  description(@Root() kase: MediationCase, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<string> {
    return revealCaseDetail(context, kase, 'MediationCase.description', reason, kase.description, maskText);
  }

  @FieldResolver(_returns => [CaseParty], { description: 'Parties (当事人); their details masked unless allowed' })
  parties(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<CaseParty[]> {
    return loaders.partiesByCaseId.load(kase.id);
  }

  @FieldResolver(_returns => [CaseMediator], { description: 'Mediators assigned, in order of assignment; at one assignment the lead first, those called in last (调解员)' })
  async mediators(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<CaseMediator[]> {
    const assignments = await loaders.assignmentsByCaseId.load(kase.id);
    const part = (assignment: CaseMediator) => ROLE_ORDER.indexOf(assignment.role);
    return [...assignments].sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime() || part(a) - part(b) || a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => [MediationSession], { description: 'Sessions held, oldest first; on one day in the order recorded (协商会)' })
  async sessions(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<MediationSession[]> {
    const sessions = await loaders.sessionsByCaseId.load(kase.id);
    return [...sessions].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => Agreement, { nullable: true, description: 'The agreement, once reached (调解协议)' })
  agreement(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<Agreement | null> {
    return loaders.agreementByCaseId.load(kase.id);
  }

  @FieldResolver(_returns => [MediationCaseTransition], { description: 'Full history, in order (办案记录)' })
  async history(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<MediationCaseTransition[]> {
    const steps = await loaders.transitionsByCaseId.load(kase.id);
    return [...steps].sort((a, b) => a.sequence - b.sequence);
  }

  @FieldResolver(_returns => GridEvent, { nullable: true, description: 'The grid event it came from (来源网格事件)' })
  gridEvent(@Root() kase: MediationCase): GridEvent | null {
    return kase.gridEventId ? { id: kase.gridEventId } : null;
  }

  @FieldResolver(_returns => DisputeLead, { nullable: true, description: 'The lead it came from (来源线索)' })
  lead(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<DisputeLead | null> | null {
    return kase.leadId ? loaders.leadById.load(kase.leadId) : null;
  }

  @FieldResolver(_returns => MediationTeam, { nullable: true, description: 'Team holding it now (承办调解组织)' })
  team(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<MediationTeam | null> | null {
    return kase.teamId ? loaders.teamById.load(kase.teamId) : null;
  }

  @FieldResolver(_returns => [MediationTeam], {
    description: "Teams that can take the case at its level: covering its place, taking its category; pick by their caseload (可承办的调解组织)",
  })
  async eligibleTeams(@Root() kase: MediationCase, @Ctx() { loaders }: MediationContext): Promise<MediationTeam[]> {
    const teams = await loaders.teamsBySubdistrictId.load(kase.subdistrictId);
    return teams.filter((team) => !whyTeamCannotServe(team, kase, kase.level, kase.category)).sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(_returns => Community, { description: 'Community where the dispute is (所在社区)' })
  community(@Root() kase: MediationCase): Community {
    return { id: kase.communityId };
  }

  @FieldResolver(_returns => Subdistrict, { description: 'Subdistrict (所在街道)' })
  subdistrict(@Root() kase: MediationCase): Subdistrict {
    return { id: kase.subdistrictId };
  }

  @FieldResolver(_returns => Boolean, { description: "Still open past the current level's deadline (超期)" })
  overdue(@Root() kase: MediationCase): boolean {
    return OPEN_STATUSES.includes(kase.status) && kase.deadlineAt.getTime() < Date.now();
  }
}

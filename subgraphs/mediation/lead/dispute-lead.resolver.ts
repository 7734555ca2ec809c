import type { FilterQuery } from '@mikro-orm/core';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { reveal } from '../../../kit/auth/personal-data';
import { canActAt } from '../../../kit/auth/viewer';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { MediationContext } from '../context';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { maskText } from '../personal';
import { readable } from '../../../kit/auth/entity-access';
import { CASE_ACCESS } from '../access';
import { LEAD_KEEPERS, LEAD_READERS } from '../roles';
import { DisputeLeadConnection } from './dispute-lead-connection.type';
import { DisputeLead } from './dispute-lead.entity';
import { disputeLeadFilter, DisputeLeadsArgs } from './dispute-lead.input';

@Resolver(_of => DisputeLead)
export class DisputeLeadResolver {
  @Authorized(LEAD_READERS)
  @Query(_returns => DisputeLeadConnection, { nullable: true, description: "A subdistrict's dispute leads, newest first (矛盾纠纷线索)" })
  async disputeLeads(@Args() args: DisputeLeadsArgs, @Ctx() { loaders, viewer }: MediationContext) {
    const place = await requirePlace(loaders.placeById, args.subdistrictId, 'subdistrictId', [TerritoryLevel.SUBDISTRICT]);
    if (!canActAt(viewer, LEAD_READERS, place)) throw new ForbiddenError('This subdistrict is outside your scope');
    const where: FilterQuery<DisputeLead> = { $and: [{ subdistrictId: place.id }, disputeLeadFilter(args.where)] };
    return loaders.pages.root(DisputeLead, pageQuery(args, where, [['sharedOn', SortDirection.DESC]]));
  }

  @FieldResolver(_returns => String, { description: "What is known; '***' outside the joint session's members in scope (线索内容, 个人信息)" })
  summary(@Root() lead: DisputeLead, @Ctx() { viewer, audit }: MediationContext, @RevealArg() reason?: RevealReason): string {
    return reveal({ viewer, audit, reason: reason ?? null, field: 'DisputeLead.summary', roles: LEAD_KEEPERS, subject: { type: 'DisputeLead', ...lead } }, lead.summary, maskText);
  }

  @FieldResolver(_returns => MediationCase, { nullable: true, description: 'The case it became, if you may see it (转立案件)' })
  async mediationCase(@Root() lead: DisputeLead, @Ctx() context: MediationContext): Promise<MediationCase | null> {
    return lead.caseId ? readable(context.viewer, CASE_ACCESS, await context.loaders.caseById.load(lead.caseId)) : null;
  }
}

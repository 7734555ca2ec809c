import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { todayUtc } from '../../../kit/validation/calendar-date';
import type { MediationContext } from '../context';
import { LEAD_KEEPERS } from '../roles';
import { DisputeLead, LeadStatus } from './dispute-lead.entity';
import { ShareDisputeLeadInput } from './dispute-lead.input';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of sharing a lead' })
export class ShareDisputeLeadPayload {
  @Field(_type => DisputeLead, { description: 'The lead (线索)' })
  lead!: DisputeLead;
}

@Resolver()
export class ShareDisputeLeadResolver {
  @Authorized(LEAD_KEEPERS)
  @Idempotent()
  @Mutation(_returns => ShareDisputeLeadPayload, { description: 'Share a dispute lead at the joint session of departments (矛盾纠纷线索分享联席会)' })
  async shareDisputeLead(@Arg('input', { description: 'The command (指令)' }) input: ShareDisputeLeadInput, @Ctx() { em, loaders, viewer }: MediationContext): Promise<ShareDisputeLeadPayload> {
    const place = await requirePlace(loaders.placeById, input.placeId, 'input.placeId', [TerritoryLevel.SUBDISTRICT, TerritoryLevel.COMMUNITY]);
    if (input.sharedOn > todayUtc()) throw new BadUserInputError('input.sharedOn', 'not in the future', 'input.sharedOn lies in the future');
    if (!canActAt(viewer, LEAD_KEEPERS, place)) throw new ForbiddenError('This place is outside your scope');
    const lead = Object.assign(new DisputeLead(), {
      id: uuidv4(), department: input.department, category: input.category, summary: input.summary, sharedOn: input.sharedOn,
      sharedBy: viewer!.id, status: LeadStatus.OPEN, communityId: place.communityId, subdistrictId: place.subdistrictId,
    });
    await em.persist(lead).flush();
    return { lead };
  }
}

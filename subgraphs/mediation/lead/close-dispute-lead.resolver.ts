import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import type { MediationContext } from '../context';
import { LEAD_KEEPERS } from '../roles';
import { DisputeLead, LeadStatus } from './dispute-lead.entity';
import { CloseDisputeLeadInput } from './dispute-lead.input';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of closing a lead' })
export class CloseDisputeLeadPayload {
  @Field(_type => DisputeLead, { description: 'The lead (线索)' })
  lead!: DisputeLead;
}

@Resolver()
export class CloseDisputeLeadResolver {
  @Authorized(LEAD_KEEPERS)
  @Idempotent()
  @Mutation(_returns => CloseDisputeLeadPayload, { description: 'Close an open lead that needs no case, saying how it was resolved (线索化解)' })
  async closeDisputeLead(@Arg('input', { description: 'The command (指令)' }) input: CloseDisputeLeadInput, @Ctx() { em, loaders, viewer }: MediationContext): Promise<CloseDisputeLeadPayload> {
    const lead = await loaders.leadById.load(input.leadId);
    if (!lead || !canActAt(viewer, LEAD_KEEPERS, lead)) throw new BadUserInputError('input.leadId', 'exists', 'input.leadId is not a lead you can see');
    if (lead.status !== LeadStatus.OPEN) throw new ConflictError(`Cannot close a lead that is ${lead.status}`);
    lead.status = LeadStatus.CLOSED;
    lead.closeReason = input.reason;
    lead.resolvedAt = new Date();
    // Only an open lead is closed: a lead converted or closed at the same moment is not overwritten.
    const updated = await em.nativeUpdate(DisputeLead, { id: lead.id, status: LeadStatus.OPEN }, { status: lead.status, closeReason: lead.closeReason, resolvedAt: lead.resolvedAt });
    if (updated === 0) throw new ConflictError('The lead changed at the same moment; nothing was written. Reload it and try again');
    return { lead };
  }
}

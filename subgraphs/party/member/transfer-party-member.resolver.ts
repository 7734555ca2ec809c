import { LockMode } from '@mikro-orm/core';
import { actableOrUnknown } from '../../../kit/auth/entity-access';
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { lockOrganizations } from '../organization/lock-organizations';
import { PartyOrganization } from '../organization/organization.entity';
import { requireStanding } from '../organization/standing';
import { PARTY_MANAGERS } from '../roles';
import { PartyMemberTransfer } from './member-transfer.entity';
import { PartyMember } from './member.entity';
import { TransferPartyMemberInput } from './member.input';

@ObjectType({ description: 'Result of transferring a member (组织关系转接结果)' })
export class TransferPartyMemberPayload {
  @Field(_type => PartyMember, { description: 'The member, now in the new organisation (党员)' })
  member!: PartyMember;

  @Field(_type => PartyMemberTransfer, { description: 'The transfer as kept in the history (转接记录)' })
  transfer!: PartyMemberTransfer;
}

@Resolver()
export class TransferPartyMemberResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => TransferPartyMemberPayload, {
    description: "Move a member's organisational relationship to another organisation (组织关系转接); the transfer is kept in the history",
  })
  async transferPartyMember(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: TransferPartyMemberInput, @Ctx() { em, loaders, viewer }: PartyContext): Promise<TransferPartyMemberPayload> {
    const member = actableOrUnknown(viewer, PARTY_MANAGERS, await loaders.memberById.load(input.memberId), 'input.memberId', 'input.memberId is not a known party member');
    const to = await loaders.organizationById.load(input.toOrganizationId);
    if (!to) throw new BadUserInputError('input.toOrganizationId', 'exists', 'input.toOrganizationId is not a known party organisation');
    requireStanding(to, 'input.toOrganizationId');
    if (to.id === member.organizationId) {
      throw new BadUserInputError('input.toOrganizationId', 'differs', "input.toOrganizationId is the member's organisation already");
    }
    // Both ends must be in scope: an organiser neither pulls members in from nor pushes them out to another's area.
    if (!canActAt(viewer, PARTY_MANAGERS, to)) {
      throw new ForbiddenError('The organisation transferred to is outside your scope');
    }
    const transfer = Object.assign(new PartyMemberTransfer(), {
      memberId: member.id,
      fromOrganizationId: member.organizationId,
      toOrganizationId: to.id,
      reason: input.reason,
      transferredBy: viewer!.id,
      communityId: member.communityId,
      subdistrictId: member.subdistrictId,
    });
    await em.transactional(async (tx) => {
      // Both organisations first, as a merge locks them: a merge of either runs wholly before this
      // transfer or after it, so no member lands in a merged organisation and no merge records a
      // transfer of a member who left meanwhile. The one transferred to must still stand.
      await lockOrganizations(tx, { 'input.toOrganizationId': to.id }, [transfer.fromOrganizationId]);
      // Two transfers of one member at once must not both start from the same organisation: the
      // member's row is locked and the organisation read again under the lock (libSQL writes one at a time).
      await tx.lock(member, LockMode.PESSIMISTIC_WRITE);
      if (!(await tx.count(PartyMember, { id: member.id, organizationId: transfer.fromOrganizationId }))) {
        throw new ConflictError('This member was transferred at the same moment by someone else; reload and try again', 'input.memberId');
      }
      tx.persist(transfer);
      // A secretary who leaves stops being secretary of the organisation left behind.
      const from = await tx.findOne(PartyOrganization, { id: member.organizationId, secretaryId: member.id });
      if (from) from.secretaryId = null;
      member.organizationId = to.id;
      tx.persist(member);
    });
    return { member, transfer };
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { CentralHousehold } from '../central-household/central-household.entity';
import type { PartyContext } from '../context';
import { PartyMemberTransfer } from '../member/member-transfer.entity';
import { PartyMember } from '../member/member.entity';
import { PARTY_MANAGERS } from '../roles';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from './organization-change.entity';
import { MergePartyOrganizationsInput } from './organization-change.input';
import { PartyOrganization, PartyOrganizationLevel, PartyOrganizationStatus } from './organization.entity';
import { lockOrganizations } from './lock-organizations';
import { PartyOrganizationChangePayload } from './rename-party-organization.resolver';
import { requireStanding } from './standing';

/** Branches and groups are merged (联建); a community's own organisation is not. */
export const MERGEABLE_LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.BRANCH, PartyOrganizationLevel.GROUP];

@Resolver()
export class MergePartyOrganizationsResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PartyOrganizationChangePayload, {
    description:
      'Merge a branch or group into another of the same level and community (党组织合并, 联建): its members (each a transfer in their history), central households and ' +
      'organisations beneath it move to the one that stands on, which covers its place from then on; both histories keep the merge. Returns the one that stands on',
  })
  async mergePartyOrganizations(
    @Arg('input') input: MergePartyOrganizationsInput,
    @Ctx() { em, viewer }: PartyContext,
  ): Promise<PartyOrganizationChangePayload> {
    const merged = await em.findOne(PartyOrganization, { id: input.organizationId });
    if (!merged) throw new BadUserInputError('input.organizationId', 'exists', 'input.organizationId is not a known party organisation');
    const into = await em.findOne(PartyOrganization, { id: input.intoId });
    if (!into) throw new BadUserInputError('input.intoId', 'exists', 'input.intoId is not a known party organisation');
    if (!canActAt(viewer, PARTY_MANAGERS, merged) || !canActAt(viewer, PARTY_MANAGERS, into)) {
      throw new ForbiddenError('One of the organisations is outside your scope');
    }
    if (into.id === merged.id) throw new BadUserInputError('input.intoId', 'differs', 'input.intoId is the organisation merged');
    if (!MERGEABLE_LEVELS.includes(merged.level)) {
      throw new BadUserInputError(
        'input.organizationId',
        'branchOrGroup',
        'input.organizationId must be a branch or group: community organisations are not merged here',
      );
    }
    if (into.level !== merged.level) throw new BadUserInputError('input.intoId', 'sameLevel', `input.intoId is a ${into.level}, not a ${merged.level}`);
    if (into.communityId !== merged.communityId) throw new BadUserInputError('input.intoId', 'inCommunity', 'input.intoId is not in the same community');
    requireStanding(merged, 'input.organizationId');
    requireStanding(into, 'input.intoId');

    const endedAt = new Date();
    const changes = [
      { organizationId: merged.id, kind: PartyOrganizationChangeKind.MERGED_INTO, otherOrganizationId: into.id, previousSecretaryId: merged.secretaryId },
      { organizationId: into.id, kind: PartyOrganizationChangeKind.ABSORBED, otherOrganizationId: merged.id, previousSecretaryId: null },
    ].map(change =>
      Object.assign(new PartyOrganizationChange(), {
        ...change,
        name: null,
        reason: input.reason.trim(),
        changedBy: viewer!.id,
        changedAt: endedAt,
        communityId: merged.communityId,
        subdistrictId: merged.subdistrictId,
      }),
    );
    await em.transactional(async tx => {
      // Of two merges racing over either, or a member registered into either meanwhile, each waits for the other's end.
      await lockOrganizations(tx, { 'input.organizationId': merged.id, 'input.intoId': into.id });
      const members = await tx.find(PartyMember, { organizationId: merged.id }, { fields: ['id', 'communityId', 'subdistrictId'] });
      for (const member of members) {
        tx.persist(
          Object.assign(new PartyMemberTransfer(), {
            memberId: member.id,
            fromOrganizationId: merged.id,
            toOrganizationId: into.id,
            reason: input.reason.trim(),
            transferredBy: viewer!.id,
            transferredAt: endedAt,
            communityId: member.communityId,
            subdistrictId: member.subdistrictId,
          }),
        );
      }
      await tx.nativeUpdate(PartyMember, { organizationId: merged.id }, { organizationId: into.id });
      await tx.nativeUpdate(CentralHousehold, { organizationId: merged.id }, { organizationId: into.id });
      await tx.nativeUpdate(PartyOrganization, { parentId: merged.id }, { parentId: into.id });
      // Earlier merges into this one now point at the one that stands on, so every merged place finds its organisation in one step.
      await tx.nativeUpdate(PartyOrganization, { mergedIntoId: merged.id }, { mergedIntoId: into.id });
      await tx.nativeUpdate(
        PartyOrganization,
        { id: merged.id },
        { status: PartyOrganizationStatus.MERGED, mergedIntoId: into.id, secretaryId: null, endedAt },
      );
      tx.persist(changes);
    });
    await em.refresh(into);
    return { organization: into, change: changes[1] };
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { PARTY_MANAGERS } from '../roles';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from './organization-change.entity';
import { AppointPartySecretaryInput } from './organization-change.input';
import { PartyOrganization } from './organization.entity';
import { lockOrganizations } from './lock-organizations';
import { requireStanding } from './standing';
import { PartyOrganizationChangePayload } from './rename-party-organization.resolver';

/** Levels of the tree (党委 → 党支部 → 党小组): a member's organisation is at most this many steps below any other. */
const TREE_DEPTH = 4;

@Resolver()
export class AppointPartySecretaryResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PartyOrganizationChangePayload, {
    description:
      'Appoint or replace the secretary of a party organisation (任免书记) with one of its members, or a member of an organisation beneath it; kept in the history',
  })
  async appointPartySecretary(
    @Arg('input') input: AppointPartySecretaryInput,
    @Ctx() { em, loaders, viewer }: PartyContext,
  ): Promise<PartyOrganizationChangePayload> {
    const organization = await em.findOne(PartyOrganization, { id: input.organizationId });
    if (!organization) throw new BadUserInputError('input.organizationId', 'exists', 'input.organizationId is not a known party organisation');
    if (!canActAt(viewer, PARTY_MANAGERS, organization)) throw new ForbiddenError('This organisation is outside your scope');
    requireStanding(organization, 'input.organizationId');
    const member = await em.findOne(PartyMember, { id: input.memberId });
    if (!member) throw new BadUserInputError('input.memberId', 'exists', 'input.memberId is not a known party member');
    let at: PartyOrganization | null = await loaders.organizationById.load(member.organizationId);
    for (let step = 0; at && at.id !== organization.id && step < TREE_DEPTH; step++) at = at.parentId ? await loaders.organizationById.load(at.parentId) : null;
    if (at?.id !== organization.id) {
      throw new BadUserInputError('input.memberId', 'belongsToOrganization', 'input.memberId belongs neither to this organisation nor to one beneath it');
    }
    const previous = organization.secretaryId;
    if (previous === member.id) throw new ConflictError('This member is the secretary already', 'input.memberId');
    const change = Object.assign(new PartyOrganizationChange(), {
      organizationId: organization.id,
      kind: PartyOrganizationChangeKind.SECRETARY_APPOINTED,
      previousSecretaryId: previous,
      secretaryId: member.id,
      changedBy: viewer!.id,
      communityId: organization.communityId,
      subdistrictId: organization.subdistrictId,
    });
    await em.transactional(async tx => {
      // Not in one merged or dissolved meanwhile; replaced only if the post is as this command found it: of two appointments racing, one is told CONFLICT.
      await lockOrganizations(tx, { 'input.organizationId': organization.id });
      if ((await tx.nativeUpdate(PartyOrganization, { id: organization.id, secretaryId: previous }, { secretaryId: member.id })) === 0) {
        throw new ConflictError('The secretary was replaced meanwhile; reload and try again', 'input.organizationId');
      }
      tx.persist(change);
    });
    await em.refresh(organization);
    return { organization, change };
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/knex';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { CentralHousehold } from '../central-household/central-household.entity';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { PARTY_MANAGERS } from '../roles';
import { MERGEABLE_LEVELS } from './merge-party-organizations.resolver';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from './organization-change.entity';
import { DissolvePartyOrganizationInput } from './organization-change.input';
import { PartyOrganization, PartyOrganizationStatus } from './organization.entity';
import { lockOrganizations } from './lock-organizations';
import { PartyOrganizationChangePayload } from './rename-party-organization.resolver';
import { requireStanding } from './standing';

/** What still hangs on an organisation and must be moved before it is dissolved: members, standing organisations beneath it, central households. */
async function whatRemains(em: EntityManager, id: string): Promise<string | null> {
  const members = await em.count(PartyMember, { organizationId: id });
  if (members) return `it has ${members} member(s); transfer them, or merge the organisation instead`;
  const children = await em.count(PartyOrganization, { parentId: id, status: PartyOrganizationStatus.ACTIVE });
  if (children) return `it has ${children} organisation(s) beneath it; merge or dissolve them first`;
  const centrals = await em.count(CentralHousehold, { organizationId: id });
  if (centrals) return `it has ${centrals} central household(s); they follow their members`;
  return null;
}

@Resolver()
export class DissolvePartyOrganizationResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PartyOrganizationChangePayload, {
    description:
      'Dissolve a branch or group (撤销党组织) that has no members, organisations beneath it or central households left; it lets go of its place ' +
      '(and of the places merged into it), so a new one may be set up there; kept in the history',
  })
  async dissolvePartyOrganization(
    @Arg('input') input: DissolvePartyOrganizationInput,
    @Ctx() { em, viewer }: PartyContext,
  ): Promise<PartyOrganizationChangePayload> {
    const organization = await em.findOne(PartyOrganization, { id: input.organizationId });
    if (!organization) throw new BadUserInputError('input.organizationId', 'exists', 'input.organizationId is not a known party organisation');
    if (!canActAt(viewer, PARTY_MANAGERS, organization)) throw new ForbiddenError('This organisation is outside your scope');
    if (!MERGEABLE_LEVELS.includes(organization.level)) {
      throw new BadUserInputError(
        'input.organizationId',
        'branchOrGroup',
        'input.organizationId must be a branch or group: community organisations are not dissolved here',
      );
    }
    requireStanding(organization, 'input.organizationId');
    const remains = await whatRemains(em, organization.id);
    if (remains) throw new ConflictError(`input.organizationId cannot be dissolved: ${remains}`, 'input.organizationId');

    const endedAt = new Date();
    const change = Object.assign(new PartyOrganizationChange(), {
      organizationId: organization.id,
      kind: PartyOrganizationChangeKind.DISSOLVED,
      previousSecretaryId: organization.secretaryId,
      reason: input.reason.trim(),
      changedBy: viewer!.id,
      changedAt: endedAt,
      communityId: organization.communityId,
      subdistrictId: organization.subdistrictId,
    });
    await em.transactional(async tx => {
      // Locked and checked again: of two commands racing over it, or a member moved in meanwhile, the later is told CONFLICT.
      await lockOrganizations(tx, { 'input.organizationId': organization.id });
      const left = await whatRemains(tx, organization.id);
      if (left) throw new ConflictError(`input.organizationId cannot be dissolved: ${left}`, 'input.organizationId');
      const ended = { status: PartyOrganizationStatus.DISSOLVED, attachedId: null, secretaryId: null, endedAt };
      await tx.nativeUpdate(PartyOrganization, { id: organization.id }, ended);
      // The places merged into it were covered through it alone.
      await tx.nativeUpdate(PartyOrganization, { mergedIntoId: organization.id }, ended);
      tx.persist(change);
    });
    await em.refresh(organization);
    return { organization, change };
  }
}

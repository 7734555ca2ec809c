import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from './organization-change.entity';
import { RenamePartyOrganizationInput } from './organization-change.input';
import { PartyOrganization } from './organization.entity';
import { lockOrganizations } from './lock-organizations';
import { requireStanding } from './standing';

@ObjectType({ description: 'Result of changing a party organisation (党组织变更结果)' })
export class PartyOrganizationChangePayload {
  @Field(_type => PartyOrganization, { description: 'The organisation as it is now (党组织)' })
  organization!: PartyOrganization;

  @Field(_type => PartyOrganizationChange, { description: 'The change as kept in the history (变更记录)' })
  change!: PartyOrganizationChange;
}

@Resolver()
export class RenamePartyOrganizationResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PartyOrganizationChangePayload, { description: 'Rename a party organisation (党组织更名); the old name is kept in the history' })
  async renamePartyOrganization(
    @Arg('input') input: RenamePartyOrganizationInput,
    @Ctx() { em, viewer }: PartyContext,
  ): Promise<PartyOrganizationChangePayload> {
    const organization = await em.findOne(PartyOrganization, { id: input.organizationId });
    if (!organization) throw new BadUserInputError('input.organizationId', 'exists', 'input.organizationId is not a known party organisation');
    if (!canActAt(viewer, PARTY_MANAGERS, organization)) throw new ForbiddenError('This organisation is outside your scope');
    requireStanding(organization, 'input.organizationId');
    const name = input.name.trim();
    if (name === organization.name) throw new BadUserInputError('input.name', 'differs', 'input.name is the name the organisation already has');
    const change = Object.assign(new PartyOrganizationChange(), {
      organizationId: organization.id,
      kind: PartyOrganizationChangeKind.RENAMED,
      previousName: organization.name,
      name,
      changedBy: viewer!.id,
      communityId: organization.communityId,
      subdistrictId: organization.subdistrictId,
    });
    await em.transactional(async tx => {
      // Not in one merged or dissolved meanwhile; renamed only from the name this command found: of two renamings racing, one is told CONFLICT.
      await lockOrganizations(tx, { 'input.organizationId': organization.id });
      if ((await tx.nativeUpdate(PartyOrganization, { id: organization.id, name: organization.name }, { name })) === 0) {
        throw new ConflictError('The organisation was renamed meanwhile; reload and try again', 'input.organizationId');
      }
      tx.persist(change);
    });
    await em.refresh(organization);
    return { organization, change };
  }
}

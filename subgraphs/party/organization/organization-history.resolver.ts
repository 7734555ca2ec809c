import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readable } from '../../../kit/auth/entity-access';
import { MEMBER_ACCESS } from '../access';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { PartyOrganizationChange } from './organization-change.entity';
import { PartyOrganization } from './organization.entity';

@Resolver(_of => PartyOrganization)
export class PartyOrganizationHistoryResolver {
  @FieldResolver(_returns => PartyOrganization, { nullable: true, description: 'Organisation it was merged into, which covers its place now (并入的党组织); null unless merged' })
  mergedInto(@Root() organization: PartyOrganization, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> | null {
    return organization.mergedIntoId ? loaders.organizationById.load(organization.mergedIntoId) : null;
  }

  @FieldResolver(_returns => [PartyOrganizationChange], { description: 'Set-up, renamings, secretary appointments, merges and dissolution, newest first (变更记录)' })
  async history(@Root() organization: PartyOrganization, @Ctx() { loaders }: PartyContext): Promise<PartyOrganizationChange[]> {
    const changes = await loaders.changesByOrganizationId.load(organization.id);
    return [...changes].sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
  }
}

@Resolver(_of => PartyOrganizationChange)
export class PartyOrganizationChangeResolver {
  @FieldResolver(_returns => PartyOrganization, {
    nullable: true,
    description: 'The other organisation of a merge: the one merged into, or the one taken in (合并的另一方); null for other changes',
  })
  otherOrganization(@Root() change: PartyOrganizationChange, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> | null {
    return change.otherOrganizationId ? loaders.organizationById.load(change.otherOrganizationId) : null;
  }

  @FieldResolver(_returns => PartyMember, {
    nullable: true,
    description: 'Secretary appointed (新任书记); null for a renaming, or unless your role and scope allow it',
  })
  async secretary(@Root() change: PartyOrganizationChange, @Ctx() { loaders, viewer }: PartyContext) {
    return change.secretaryId ? readable(viewer, MEMBER_ACCESS, await loaders.memberById.load(change.secretaryId)) : null;
  }

  @FieldResolver(_returns => PartyMember, {
    nullable: true,
    description: 'Secretary replaced (原书记); null when there was none, or unless your role and scope allow it',
  })
  async previousSecretary(@Root() change: PartyOrganizationChange, @Ctx() { loaders, viewer }: PartyContext) {
    return change.previousSecretaryId ? readable(viewer, MEMBER_ACCESS, await loaders.memberById.load(change.previousSecretaryId)) : null;
  }
}

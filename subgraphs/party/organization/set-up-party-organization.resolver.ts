import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { TerritoryLevel, TerritoryPlace } from '../../../kit/territory/territory-copy';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from './organization-change.entity';
import { SetUpPartyOrganizationInput } from './organization-change.input';
import { PartyOrganization, PartyOrganizationLevel } from './organization.entity';
import { PartyOrganizationChangePayload } from './rename-party-organization.resolver';
import { requireStanding } from './standing';

const COMMUNITY_LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.COMMITTEE, PartyOrganizationLevel.GENERAL_BRANCH];

/** What may be set up under what, and attached to which kind of place (社区党组织 → 小区/网格党支部 → 楼栋/网格党小组). */
const RULES: Partial<Record<PartyOrganizationLevel, { parents: readonly PartyOrganizationLevel[]; places: readonly ('COMPOUND' | 'BUILDING' | 'GRID')[] }>> = {
  [PartyOrganizationLevel.BRANCH]: { parents: COMMUNITY_LEVELS, places: ['COMPOUND', 'GRID'] },
  [PartyOrganizationLevel.GROUP]: { parents: [...COMMUNITY_LEVELS, PartyOrganizationLevel.BRANCH], places: ['BUILDING', 'GRID'] },
};

@Resolver()
export class SetUpPartyOrganizationResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PartyOrganizationChangePayload, {
    description: 'Set up a branch or group under an organisation of the same community (成立党支部/党小组); kept in the history',
  })
  async setUpPartyOrganization(@Arg('input') input: SetUpPartyOrganizationInput, @Ctx() { em, viewer }: PartyContext): Promise<PartyOrganizationChangePayload> {
    const rule = RULES[input.level];
    if (!rule) throw new BadUserInputError('input.level', 'branchOrGroup', 'input.level must be BRANCH or GROUP: community organisations are not set up here');
    const parent = await em.findOne(PartyOrganization, { id: input.parentId });
    if (!parent) throw new BadUserInputError('input.parentId', 'exists', 'input.parentId is not a known party organisation');
    if (!canActAt(viewer, PARTY_MANAGERS, parent)) throw new ForbiddenError('The parent organisation is outside your scope');
    requireStanding(parent, 'input.parentId');
    if (!rule.parents.includes(parent.level)) {
      throw new BadUserInputError('input.parentId', 'levelAbove', `input.parentId is a ${parent.level}, under which no ${input.level} is set up`);
    }
    // A grid is known to the territory copy through the buildings it covers.
    const place = await em.findOne(TerritoryPlace, { id: input.attachedId });
    const gridBuilding = place ? null : await em.findOne(TerritoryPlace, { level: TerritoryLevel.BUILDING, gridId: input.attachedId });
    const kind = place?.level === TerritoryLevel.COMPOUND ? 'COMPOUND' : place?.level === TerritoryLevel.BUILDING ? 'BUILDING' : gridBuilding ? 'GRID' : null;
    if (!kind || !rule.places.includes(kind)) {
      throw new BadUserInputError('input.attachedId', 'exists', `input.attachedId is not a known ${rule.places.map(name => name.toLowerCase()).join(' or ')}`);
    }
    const where = (place ?? gridBuilding)!;
    if (where.communityId !== parent.communityId)
      throw new BadUserInputError('input.attachedId', 'inCommunity', "input.attachedId is not in the parent organisation's community");
    if (parent.compoundId && kind === 'BUILDING' && where.compoundId !== parent.compoundId) {
      throw new BadUserInputError('input.attachedId', 'inCompound', "input.attachedId is not in the parent branch's compound");
    }
    if (await em.count(PartyOrganization, { attachedId: input.attachedId, level: input.level })) {
      throw new BadUserInputError('input.attachedId', 'unique', `input.attachedId has a ${input.level} already`);
    }
    const name = input.name.trim();
    const organization = Object.assign(new PartyOrganization(), {
      name,
      level: input.level,
      parentId: parent.id,
      attachedId: input.attachedId,
      compoundId: kind === 'GRID' ? null : where.compoundId,
      buildingId: kind === 'BUILDING' ? where.buildingId : null,
      gridId: kind === 'GRID' ? input.attachedId : null,
      communityId: parent.communityId,
      subdistrictId: parent.subdistrictId,
    });
    const change = Object.assign(new PartyOrganizationChange(), {
      organizationId: organization.id,
      kind: PartyOrganizationChangeKind.SET_UP,
      name,
      changedBy: viewer!.id,
      communityId: parent.communityId,
      subdistrictId: parent.subdistrictId,
    });
    await guardUnique(
      [{ columns: ['attached_id', 'level'], field: 'input.attachedId', message: `input.attachedId got a ${input.level} at the same moment` }],
      () =>
        em.transactional(async tx => {
          tx.persist(organization);
          tx.persist(change);
        }),
    );
    return { organization, change };
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { Community } from '../community/community.type';
import type { MediationContext } from '../context';
import { MEDIATOR_READERS } from '../roles';
import { Subdistrict } from '../subdistrict/subdistrict.type';
import { CaseloadRecord } from './caseload.type';
import { MediationTeam } from './mediation-team.entity';
import { Mediator } from './mediator.entity';

@Resolver(_of => MediationTeam)
export class MediationTeamResolver {
  @Authorized(MEDIATOR_READERS)
  @Query(_returns => [MediationTeam], {
    nullable: true,
    description: "Teams serving a community (its committee and teams, its subdistrict's centre and judicial office) or a subdistrict (调解组织)",
  })
  async mediationTeams(@Arg('placeId', _type => ID, { description: 'Community or subdistrict (社区/街道)' }) placeId: string, @Ctx() { em, loaders, viewer }: MediationContext): Promise<MediationTeam[]> {
    const place = await requirePlace(loaders.placeById, placeId, 'placeId', [TerritoryLevel.COMMUNITY, TerritoryLevel.SUBDISTRICT]);
    if (!canActAt(viewer, MEDIATOR_READERS, place)) throw new ForbiddenError('This place is outside your scope');
    const teams = await em.find(MediationTeam, place.communityId
      ? { subdistrictId: place.subdistrictId, $or: [{ communityId: place.communityId }, { communityId: null }] }
      : { subdistrictId: place.subdistrictId });
    return teams.sort((a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name));
  }

  @FieldResolver(_returns => [Mediator], { description: 'Its mediators (调解员)' })
  mediators(@Root() team: MediationTeam, @Ctx() { loaders }: MediationContext): Promise<Mediator[]> {
    return loaders.mediatorsByTeamId.load(team.id);
  }

  @FieldResolver(_returns => CaseloadRecord, { description: 'Cases it holds or held, open and settled (办案量)' })
  caseload(@Root() team: MediationTeam, @Ctx() { loaders }: MediationContext): Promise<CaseloadRecord> {
    return loaders.caseload.byTeam.load(team.id);
  }

  @FieldResolver(_returns => Community, { nullable: true, description: 'Community it serves; null for subdistrict teams (所在社区)' })
  community(@Root() team: MediationTeam): Community | null {
    return team.communityId ? { id: team.communityId } : null;
  }

  @FieldResolver(_returns => Subdistrict, { description: 'Subdistrict (所在街道)' })
  subdistrict(@Root() team: MediationTeam): Subdistrict {
    return { id: team.subdistrictId };
  }
}

import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel, TerritoryPlace } from '../../../kit/territory/territory-copy';
import type { PropertyContext } from '../context';
import { Compound } from '../compound/compound.type';
import { PROPERTY_READERS } from '../roles';
import { CompoundManagement } from './compound-management.entity';

@Resolver()
export class UnmanagedCompoundsResolver {
  @Authorized(PROPERTY_READERS)
  @Query(_returns => [Compound], {
    nullable: true,
    description: 'Compounds of a subdistrict or community with no management at all: the list the campaign works down to zero (无物业小区清零)',
  })
  async unmanagedCompounds(
    @Arg('placeId', _type => ID, { description: 'A subdistrict or community (街道 / 社区)' }) placeId: string,
    @Ctx() { em, loaders, viewer }: PropertyContext,
  ): Promise<Compound[]> {
    const place = await requirePlace(loaders.placeById, placeId, 'placeId', [TerritoryLevel.SUBDISTRICT, TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, PROPERTY_READERS, place)) throw new ForbiddenError('This place is outside your scope');
    const within = place.level === TerritoryLevel.COMMUNITY ? { communityId: place.id } : { subdistrictId: place.id };
    const compounds = await em.find(TerritoryPlace, { ...within, level: TerritoryLevel.COMPOUND }, { orderBy: { id: 'asc' } });
    const managed = await em.find(CompoundManagement, { ...within, openCompoundId: { $ne: null } }, { fields: ['openCompoundId'] });
    const managedIds = new Set(managed.map((row) => row.openCompoundId));
    return compounds.filter((compound) => !managedIds.has(compound.id)).map((compound) => Compound.ref(compound.id));
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readable } from '../../../kit/auth/entity-access';
import { RESIDENT_ACCESS } from '../access';
import type { GridsContext } from '../context';
import { Resident } from '../resident/resident.entity';
import { BuildingStewardAppointment } from './building-steward-appointment.entity';
import { Building } from './building.entity';

/** The resident with id `id` when the viewer may read that resident; the same rule as `resident(id)`. */
export async function residentIfReadable({ loaders, viewer }: GridsContext, id: string | null): Promise<Resident | null> {
  return id === null ? null : readable(viewer, RESIDENT_ACCESS, await loaders.residentById.load(id));
}

@Resolver(_of => Building)
export class BuildingStewardResolver {
  @FieldResolver(_returns => Resident, {
    nullable: true,
    description: 'Building steward (楼门管家), a resident of this building; null when there is none or the resident is outside what you may read',
  })
  steward(@Root() building: Building, @Ctx() context: GridsContext) {
    return residentIfReadable(context, building.stewardId);
  }

  @FieldResolver(_returns => Resident, {
    nullable: true,
    description: 'Building head (楼栋长), a resident of this building; null when there is none or the resident is outside what you may read',
  })
  head(@Root() building: Building, @Ctx() context: GridsContext) {
    return residentIfReadable(context, building.headId);
  }

  @FieldResolver(_returns => [BuildingStewardAppointment], { description: 'Appointments of stewards and heads, newest first (任命记录)' })
  async stewardHistory(@Root() building: Building, @Ctx() { loaders }: GridsContext): Promise<BuildingStewardAppointment[]> {
    const appointments = await loaders.appointmentsByBuildingId.load(building.id);
    return [...appointments].sort((a, b) => b.appointedAt.getTime() - a.appointedAt.getTime() || a.role.localeCompare(b.role));
  }
}

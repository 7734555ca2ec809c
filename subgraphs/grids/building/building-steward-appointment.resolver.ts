import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { Resident } from '../resident/resident.entity';
import { BuildingStewardAppointment } from './building-steward-appointment.entity';
import { residentIfReadable } from './building-steward.resolver';

@Resolver(_of => BuildingStewardAppointment)
export class BuildingStewardAppointmentResolver {
  @FieldResolver(_returns => Resident, { nullable: true, description: 'Resident appointed (被任命居民); null outside what you may read' })
  resident(@Root() appointment: BuildingStewardAppointment, @Ctx() context: GridsContext) {
    return residentIfReadable(context, appointment.residentId);
  }

  @FieldResolver(_returns => Resident, {
    nullable: true,
    description: 'Resident replaced (被接替居民); null for a first appointment or outside what you may read',
  })
  previousResident(@Root() appointment: BuildingStewardAppointment, @Ctx() context: GridsContext) {
    return residentIfReadable(context, appointment.previousResidentId);
  }
}

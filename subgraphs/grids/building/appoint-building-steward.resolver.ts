import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt, placeOf } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { Resident } from '../resident/resident.entity';
import { STEWARD_APPOINTERS } from '../roles';
import { BuildingStewardAppointment, POST_COLUMN } from './building-steward-appointment.entity';
import { AppointBuildingStewardInput } from './building-steward.input';
import { Building } from './building.entity';

@ObjectType({ description: 'Result of appointing a building steward or head' })
export class AppointBuildingStewardPayload {
  @Field(_type => Building)
  building!: Building;

  @Field(_type => BuildingStewardAppointment, { description: 'The appointment recorded (任命记录)' })
  appointment!: BuildingStewardAppointment;
}

@Resolver()
export class AppointBuildingStewardResolver {
  @Authorized(STEWARD_APPOINTERS)
  @Mutation(_returns => AppointBuildingStewardPayload, {
    description: 'Appoint or replace the steward (楼门管家) or head (楼栋长) of a building with one of its residents; the appointment is kept in the history',
  })
  async appointBuildingSteward(@Arg('input') input: AppointBuildingStewardInput, @Ctx() { em, viewer }: GridsContext): Promise<AppointBuildingStewardPayload> {
    const building = await em.findOne(Building, { id: input.buildingId });
    if (!building) throw new BadUserInputError('input.buildingId', 'exists', 'input.buildingId is not a known building');
    if (!canActAt(viewer, STEWARD_APPOINTERS, building)) throw new ForbiddenError('This building is outside your scope');
    const resident = await em.findOne(Resident, { id: input.residentId });
    if (!resident) throw new BadUserInputError('input.residentId', 'exists', 'input.residentId is not a known resident');
    if (resident.buildingId !== building.id) {
      throw new BadUserInputError('input.residentId', 'livesInBuilding', 'input.residentId does not live in this building');
    }
    const column = POST_COLUMN[input.role];
    const previous = building[column];
    if (previous === resident.id) throw new ConflictError(`The resident already holds this post (${input.role})`, 'input.residentId');
    const appointment = Object.assign(new BuildingStewardAppointment(), {
      ...placeOf(building),
      buildingId: building.id,
      role: input.role,
      residentId: resident.id,
      previousResidentId: previous,
      appointedBy: viewer!.id,
    });
    await em.transactional(async tx => {
      // Replaced only if the post is still as this command found it: of two appointments racing, one
      // wins and the other is told CONFLICT, so the history holds exactly the holders there were.
      if ((await tx.nativeUpdate(Building, { id: building.id, [column]: previous }, { [column]: resident.id })) === 0) {
        throw new ConflictError('The post was filled meanwhile; reload and try again', 'input.buildingId');
      }
      tx.persist(appointment);
    });
    await em.refresh(building);
    return { building, appointment };
  }
}

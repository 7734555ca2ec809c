import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CommitteeSeat } from '../committee/committee-seat.entity';
import type { PropertyContext } from '../context';
import { readable } from '../scope';
import { Resident } from './resident.type';

@Resolver(_of => Resident)
export class ResidentCommitteeSeatsResolver {
  @FieldResolver(_returns => [CommitteeSeat], { nullable: true, description: "Seats this resident holds on sitting owners' committees in your scope (业委会任职)" })
  async committeeSeats(@Root() resident: Resident, @Ctx() context: PropertyContext): Promise<CommitteeSeat[]> {
    const seats = readable(context, await context.loaders.seatsByResidentId.load(resident.id));
    const committees = await context.loaders.committeeById.loadMany(seats.map((seat) => seat.committeeId));
    return seats.filter((_seat, index) => {
      const committee = committees[index];
      return !!committee && !(committee instanceof Error) && committee.dissolvedOn === null;
    });
  }
}

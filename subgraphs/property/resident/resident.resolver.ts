import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CommitteeSeat } from '../committee/committee-seat.entity';
import type { PropertyContext } from '../context';
import { readable } from '../scope';
import { Resident } from './resident.type';

@Resolver(_of => Resident)
export class ResidentCommitteeSeatsResolver {
  @FieldResolver(_returns => [CommitteeSeat], { description: "Seats this resident holds on owners' committees in your scope (业委会任职)" })
  async committeeSeats(@Root() resident: Resident, @Ctx() context: PropertyContext): Promise<CommitteeSeat[]> {
    return readable(context, await context.loaders.seatsByResidentId.load(resident.id));
  }
}

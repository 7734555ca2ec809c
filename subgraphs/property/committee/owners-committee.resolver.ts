import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { Compound } from '../compound/compound.type';
import { Resident } from '../resident/resident.type';
import { CommitteePosition, CommitteeSeat } from './committee-seat.entity';
import { OwnersCommittee } from './owners-committee.entity';

const POSITION_ORDER = Object.values(CommitteePosition);

@Resolver(_of => OwnersCommittee)
export class OwnersCommitteeResolver {
  @FieldResolver(_returns => [CommitteeSeat], {
    description: "Members, director first; each a resident, whose party membership (交叉任职) is `resident.partyMember` from the party subgraph (委员)",
  })
  async members(@Root() committee: OwnersCommittee, @Ctx() { loaders }: PropertyContext): Promise<CommitteeSeat[]> {
    const seats = await loaders.seatsByCommitteeId.load(committee.id);
    return [...seats].sort((a, b) => POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position) || a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => Compound, { description: 'The compound (小区)' })
  compound(@Root() committee: OwnersCommittee): Compound {
    return Compound.ref(committee.compoundId);
  }
}

@Resolver(_of => CommitteeSeat)
export class CommitteeSeatResolver {
  @FieldResolver(_returns => Resident, { description: 'The resident holding the seat (委员); name and contacts masked by grids as for any resident' })
  resident(@Root() seat: CommitteeSeat): Resident {
    return Resident.ref(seat.residentId);
  }

  @FieldResolver(_returns => OwnersCommittee, { description: 'The committee (所属委员会)' })
  async committee(@Root() seat: CommitteeSeat, @Ctx() { loaders }: PropertyContext): Promise<OwnersCommittee> {
    return (await loaders.committeeById.load(seat.committeeId))!;
  }
}

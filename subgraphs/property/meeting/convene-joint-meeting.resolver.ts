import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { JointMeeting } from './joint-meeting.entity';
import { ConveneJointMeetingInput } from './joint-meeting.input';
import { MeetingParticipant } from './meeting-participant.entity';
import { MeetingSide } from './meeting-side';

@ObjectType({ description: 'Result of convening a joint meeting (召集联席会议结果)' })
export class ConveneJointMeetingPayload {
  @Field(_type => JointMeeting, { description: 'The meeting (联席会议)' })
  meeting!: JointMeeting;
}

const RESIDENT_SIDES: readonly MeetingSide[] = [MeetingSide.OWNERS_COMMITTEE, MeetingSide.RESIDENT_REPRESENTATIVE];

@Resolver()
export class ConveneJointMeetingResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => ConveneJointMeetingPayload, { description: 'Convene a joint meeting of the five sides under the community party organisation (召集联席会议, 一方引领、四方联动)' })
  async conveneJointMeeting(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ConveneJointMeetingInput,
    @Ctx() { em, loaders, viewer }: PropertyContext,
  ): Promise<ConveneJointMeetingPayload> {
    const place = await requirePlace(loaders.placeById, input.placeId, 'input.placeId', [TerritoryLevel.COMPOUND, TerritoryLevel.COMMUNITY]);
    if (!input.participants.some((participant) => participant.side === MeetingSide.COMMUNITY_PARTY_ORGANIZATION)) {
      throw new BadUserInputError('input.participants', 'convener present', 'input.participants must include the COMMUNITY_PARTY_ORGANIZATION that convenes it');
    }
    const residents = await loaders.placeById.loadMany(input.participants.map((participant) => participant.residentId ?? ''));
    const companies = await loaders.companyById.loadMany(input.participants.map((participant) => participant.companyId ?? ''));
    input.participants.forEach((participant, index) => {
      const at = `input.participants.${index}`;
      const residentSide = RESIDENT_SIDES.includes(participant.side);
      if (residentSide) {
        const resident = residents[index];
        if (!participant.residentId) throw new BadUserInputError(`${at}.residentId`, 'required', `${at}.residentId is required for ${participant.side}`);
        if (!resident || resident instanceof Error || resident.level !== TerritoryLevel.RESIDENT) throw new BadUserInputError(`${at}.residentId`, 'exists', `${at}.residentId is not a known resident`);
        if (resident.communityId !== place.communityId) throw new BadUserInputError(`${at}.residentId`, 'lives in community', `${at}.residentId does not live in the community`);
      } else if (participant.residentId) {
        throw new BadUserInputError(`${at}.residentId`, 'only for residents', `${at}.residentId is only given for ${RESIDENT_SIDES.join(' or ')}`);
      }
      if (participant.side === MeetingSide.PROPERTY_COMPANY) {
        if (!participant.companyId) throw new BadUserInputError(`${at}.companyId`, 'required', `${at}.companyId is required for PROPERTY_COMPANY`);
        if (!companies[index] || companies[index] instanceof Error) throw new BadUserInputError(`${at}.companyId`, 'exists', `${at}.companyId is not a known property company`);
      } else if (participant.companyId) {
        throw new BadUserInputError(`${at}.companyId`, 'only for PROPERTY_COMPANY', `${at}.companyId is only given for PROPERTY_COMPANY`);
      }
      if (!residentSide && participant.side !== MeetingSide.PROPERTY_COMPANY && !participant.label) {
        throw new BadUserInputError(`${at}.label`, 'required', `${at}.label is required for ${participant.side}`);
      }
    });
    if (!canActAt(viewer, CONVENERS, place)) throw new ForbiddenError('This place is outside your scope');

    const where = { communityId: place.communityId!, subdistrictId: place.subdistrictId };
    const meeting = Object.assign(new JointMeeting(), {
      ...where, compoundId: place.level === TerritoryLevel.COMPOUND ? place.id : null, title: input.title, scheduledAt: input.scheduledAt, convenedBy: viewer!.id,
    });
    await em.transactional(async (tx) => {
      tx.persist(meeting);
      for (const participant of input.participants) {
        tx.persist(Object.assign(new MeetingParticipant(), {
          ...where, meetingId: meeting.id, side: participant.side, label: participant.label ?? null,
          residentId: participant.residentId ?? null, companyId: participant.companyId ?? null,
        }));
      }
    });
    return { meeting };
  }
}

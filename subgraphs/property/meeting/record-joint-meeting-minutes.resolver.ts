import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ConflictError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { JointMeeting, JointMeetingState } from './joint-meeting.entity';
import { RecordJointMeetingMinutesInput } from './joint-meeting.input';
import { meetingToActOn } from './meeting-access';

@ObjectType({ description: 'Result of recording minutes (会议纪要结果)' })
export class RecordJointMeetingMinutesPayload {
  @Field(_type => JointMeeting, { description: 'The meeting (联席会议)' })
  meeting!: JointMeeting;
}

@Resolver()
export class RecordJointMeetingMinutesResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => RecordJointMeetingMinutesPayload, { description: "Record or correct a held meeting's minutes (会议纪要)" })
  async recordJointMeetingMinutes(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RecordJointMeetingMinutesInput,
    @Ctx() context: PropertyContext,
  ): Promise<RecordJointMeetingMinutesPayload> {
    const meeting = await meetingToActOn(context, input.meetingId, 'input.meetingId', CONVENERS);
    if (meeting.state !== JointMeetingState.HELD) throw new ConflictError('Minutes are recorded once the meeting is held');
    meeting.minutes = input.minutes;
    await context.em.flush();
    return { meeting };
  }
}

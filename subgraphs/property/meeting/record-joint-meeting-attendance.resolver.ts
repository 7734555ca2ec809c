import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import { guardVersion } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { JointMeeting, JointMeetingState } from './joint-meeting.entity';
import { RecordJointMeetingAttendanceInput } from './joint-meeting.input';
import { meetingToActOn } from './meeting-access';

@ObjectType({ description: 'Result of recording attendance (登记出席结果)' })
export class RecordJointMeetingAttendancePayload {
  @Field(_type => JointMeeting, { description: 'The meeting, now held (联席会议)' })
  meeting!: JointMeeting;
}

@Resolver()
export class RecordJointMeetingAttendanceResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => RecordJointMeetingAttendancePayload, { description: 'Record who attended a scheduled meeting; the meeting is then held (登记出席, 会议召开)' })
  async recordJointMeetingAttendance(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RecordJointMeetingAttendanceInput,
    @Ctx() context: PropertyContext,
  ): Promise<RecordJointMeetingAttendancePayload> {
    const meeting = await meetingToActOn(context, input.meetingId, 'input.meetingId', CONVENERS);
    const participants = await context.loaders.participantsByMeetingId.load(meeting.id);
    const ids = new Set(participants.map((participant) => participant.id));
    input.attendedParticipantIds.forEach((id, index) => {
      if (!ids.has(id)) throw new BadUserInputError(`input.attendedParticipantIds.${index}`, 'participant', `input.attendedParticipantIds.${index} is not a participant of this meeting`);
    });
    if (meeting.state !== JointMeetingState.SCHEDULED) throw new ConflictError('Attendance of this meeting is already recorded: it was held');
    const attended = new Set(input.attendedParticipantIds);
    for (const participant of participants) participant.attended = attended.has(participant.id);
    Object.assign(meeting, { state: JointMeetingState.HELD, heldAt: new Date() });
    await guardVersion('Attendance was recorded at the same moment; nothing was written', () => context.em.flush());
    return { meeting };
  }
}

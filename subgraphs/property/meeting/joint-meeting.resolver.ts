import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { PropertyContext } from '../context';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { PropertyCompany } from '../company/property-company.entity';
import { Community } from '../community/community.type';
import { Compound } from '../compound/compound.type';
import { FollowUpTask, FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { Resident } from '../resident/resident.type';
import { canRead, revealResidentId } from '../scope';
import { JointMeeting } from './joint-meeting.entity';
import { MeetingParticipant } from './meeting-participant.entity';
import { MeetingSide } from './meeting-side';

@Resolver(_of => JointMeeting)
export class JointMeetingResolver {
  @Authorized()
  @Query(_returns => JointMeeting, { nullable: true, description: 'A joint meeting by id; null when unknown or outside your scope (联席会议)' })
  async jointMeeting(@Arg('id', _type => ID) id: string, @Ctx() context: PropertyContext): Promise<JointMeeting | null> {
    const meeting = await context.loaders.meetingById.load(id);
    return meeting && canRead(context, meeting) ? meeting : null;
  }

  @FieldResolver(_returns => Compound, { nullable: true, description: 'The compound it was convened for; null for a community-wide meeting (小区)' })
  compound(@Root() meeting: JointMeeting): Compound | null {
    return Compound.ref(meeting.compoundId);
  }

  @FieldResolver(_returns => Community, { description: 'The community whose party organisation convened it (社区)' })
  community(@Root() meeting: JointMeeting): Community {
    return { id: meeting.communityId };
  }

  @FieldResolver(_returns => [MeetingParticipant], { description: 'Participants by side (参会方)' })
  async participants(@Root() meeting: JointMeeting, @Ctx() { loaders }: PropertyContext): Promise<MeetingParticipant[]> {
    const sides = Object.values(MeetingSide);
    const rows = await loaders.participantsByMeetingId.load(meeting.id);
    return [...rows].sort((a, b) => sides.indexOf(a.side) - sides.indexOf(b.side) || a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => [AgendaItem], { description: 'The agenda, in order (议程)' })
  async agenda(@Root() meeting: JointMeeting, @Ctx() { loaders }: PropertyContext): Promise<AgendaItem[]> {
    const items = await loaders.itemsByMeetingId.load(meeting.id);
    return [...items].sort((a, b) => a.position - b.position);
  }

  @FieldResolver(_returns => [FollowUpTask], { description: 'Follow-up tasks of its agenda, by due date; only those in `state` when given (督办任务)' })
  async followUpTasks(
    @Root() meeting: JointMeeting,
    @Ctx() { loaders }: PropertyContext,
    @Arg('state', _type => FollowUpTaskState, { nullable: true, description: 'Only tasks in this state (状态)' }) state?: FollowUpTaskState,
  ): Promise<FollowUpTask[]> {
    const tasks = await loaders.tasksByMeetingId.load(meeting.id);
    return tasks.filter((task) => !state || task.state === state).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  }
}

@Resolver(_of => MeetingParticipant)
export class MeetingParticipantResolver {
  @FieldResolver(_returns => Resident, { nullable: true, description: 'The resident, for a side residents sit for; personal data: null unless your role and scope allow it (居民)' })
  resident(@Root() participant: MeetingParticipant, @Ctx() context: PropertyContext, @RevealArg() reason?: RevealReason): Resident | null {
    return Resident.ref(revealResidentId(context, { type: 'MeetingParticipant', ...participant }, 'resident', reason, participant.residentId));
  }

  @FieldResolver(_returns => PropertyCompany, { nullable: true, description: 'The company, for the property side (物业企业)' })
  company(@Root() participant: MeetingParticipant, @Ctx() { loaders }: PropertyContext): Promise<PropertyCompany | null> | null {
    return participant.companyId ? loaders.companyById.load(participant.companyId) : null;
  }
}

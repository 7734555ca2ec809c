import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { FollowUpTask, FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { GridEvent } from '../grid-event/grid-event.type';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { MeetingResolution } from '../resolution/meeting-resolution.entity';
import { Suggestion } from '../suggestion/suggestion.entity';
import { SatisfactionSurvey } from '../survey/satisfaction-survey.entity';
import { AgendaItemStep } from './agenda-item-step.entity';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemStage } from './agenda-lifecycle';

@Resolver(_of => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(_returns => JointMeeting, { description: 'The meeting whose agenda it is on (所属会议)' })
  async meeting(@Root() item: AgendaItem, @Ctx() { loaders }: PropertyContext): Promise<JointMeeting> {
    return (await loaders.meetingById.load(item.meetingId))!;
  }

  @FieldResolver(_returns => GridEvent, { nullable: true, description: 'The grid event it came from, resolved in grids (来源网格事件)' })
  gridEvent(@Root() item: AgendaItem): GridEvent | null {
    return GridEvent.ref(item.gridEventId);
  }

  @FieldResolver(_returns => Suggestion, { nullable: true, description: 'The suggestion it came from (来源居民建议)' })
  suggestion(@Root() item: AgendaItem, @Ctx() { loaders }: PropertyContext): Promise<Suggestion | null> | null {
    return item.suggestionId ? loaders.suggestionById.load(item.suggestionId) : null;
  }

  @FieldResolver(_returns => SatisfactionSurvey, { nullable: true, description: 'The survey it came from (来源满意度测评)' })
  survey(@Root() item: AgendaItem, @Ctx() { loaders }: PropertyContext): Promise<SatisfactionSurvey | null> | null {
    return item.surveyId ? loaders.surveyById.load(item.surveyId) : null;
  }

  @FieldResolver(_returns => Boolean, { description: 'Solved: its result is published (已解决)' })
  solved(@Root() item: AgendaItem): boolean {
    return item.stage === AgendaItemStage.RESULT_PUBLISHED;
  }

  @FieldResolver(_returns => [AgendaItemStep], { description: 'Its steps through 一征三议两公开, oldest first (流转记录)' })
  async history(@Root() item: AgendaItem, @Ctx() { loaders }: PropertyContext): Promise<AgendaItemStep[]> {
    return [...(await loaders.stepsByItemId.load(item.id))].sort((a, b) => a.sequence - b.sequence);
  }

  @FieldResolver(_returns => [MeetingResolution], { description: 'Resolutions put to the vote on it (决议)' })
  async resolutions(@Root() item: AgendaItem, @Ctx() { loaders }: PropertyContext): Promise<MeetingResolution[]> {
    return [...(await loaders.resolutionsByItemId.load(item.id))].sort((a, b) => a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => [FollowUpTask], { description: 'Follow-up tasks, by due date; only those in `state` when given (督办任务)' })
  async followUpTasks(
    @Root() item: AgendaItem,
    @Ctx() { loaders }: PropertyContext,
    @Arg('state', _type => FollowUpTaskState, { nullable: true, description: 'Only tasks in this state (状态)' }) state?: FollowUpTaskState,
  ): Promise<FollowUpTask[]> {
    const tasks = await loaders.tasksByItemId.load(item.id);
    return tasks.filter((task) => !state || task.state === state).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  }
}

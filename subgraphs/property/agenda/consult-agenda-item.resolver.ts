import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ConflictError } from '../../../kit/errors';
import { JointMeetingState } from '../meeting/joint-meeting.entity';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload, runAgendaItemCommand } from './agenda-item-command';
import { AgendaItemStepInput } from './agenda-item.input';
import { AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: 'Result of consulting on an agenda item' })
export class ConsultAgendaItemPayload extends AgendaItemCommandPayload {}

@Resolver()
export class ConsultAgendaItemResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => ConsultAgendaItemPayload, { description: 'The joint meeting, once held, consults on the proposal: second deliberation (联席会议商议, 二议)' })
  consultAgendaItem(@Arg('input', { description: 'The command (指令)' }) input: AgendaItemStepInput, @Ctx() context: PropertyContext): Promise<ConsultAgendaItemPayload> {
    return runAgendaItemCommand(context, input.itemId, AgendaItemCommand.CONSULT, {
      note: input.note,
      check: async (item) => {
        const meeting = await context.loaders.meetingById.load(item.meetingId);
        if (meeting?.state !== JointMeetingState.HELD) throw new ConflictError('The meeting has not been held yet: record its attendance first');
      },
    });
  }
}

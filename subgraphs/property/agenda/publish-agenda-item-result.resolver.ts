import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ConflictError } from '../../../kit/errors';
import { FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { Suggestion, SuggestionState } from '../suggestion/suggestion.entity';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload, runAgendaItemCommand } from './agenda-item-command';
import { AgendaItemStepInput } from './agenda-item.input';
import { AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: "Result of publishing an agenda item's result" })
export class PublishAgendaItemResultPayload extends AgendaItemCommandPayload {}

@Resolver()
export class PublishAgendaItemResultResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => PublishAgendaItemResultPayload, { description: 'Make the result public once every follow-up task is done: the problem is solved (结果公开, 二公开)' })
  publishAgendaItemResult(@Arg('input', { description: 'The command (指令)' }) input: AgendaItemStepInput, @Ctx() context: PropertyContext): Promise<PublishAgendaItemResultPayload> {
    return runAgendaItemCommand(context, input.itemId, AgendaItemCommand.PUBLISH_RESULT, {
      note: input.note,
      check: async (item) => {
        const open = (await context.loaders.tasksByItemId.load(item.id)).filter((task) => task.state === FollowUpTaskState.OPEN).length;
        if (open > 0) throw new ConflictError(`${open} follow-up task(s) of this item are still open`);
      },
      apply: async (item, now, em) => {
        item.resultPublishedAt = now;
        // A suggestion that became this item is solved with it (建议解决).
        const suggestion = item.suggestionId ? await em.findOne(Suggestion, { id: item.suggestionId }) : null;
        if (suggestion?.state === SuggestionState.ACCEPTED) Object.assign(suggestion, { state: SuggestionState.SOLVED, solvedAt: now });
      },
    });
  }
}

import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';

import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload, runAgendaItemCommand } from './agenda-item-command';
import { AgendaItemStepInput } from './agenda-item.input';
import { AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: "Result of publishing an agenda item's decision" })
export class PublishAgendaItemDecisionPayload extends AgendaItemCommandPayload {}

@Resolver()
export class PublishAgendaItemDecisionResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => PublishAgendaItemDecisionPayload, { description: 'Make the decision public (决议公开, 一公开)' })
  publishAgendaItemDecision(@Arg('input', { description: 'The command (指令)' }) input: AgendaItemStepInput, @Ctx() context: PropertyContext): Promise<PublishAgendaItemDecisionPayload> {
    return runAgendaItemCommand(context, input.itemId, AgendaItemCommand.PUBLISH_DECISION, {
      note: input.note,
      apply: (item, now) => {
        item.decisionPublishedAt = now;
      },
    });
  }
}

import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';

import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload, runAgendaItemCommand } from './agenda-item-command';
import { AgendaItemStepInput } from './agenda-item.input';
import { AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: 'Result of proposing an agenda item' })
export class ProposeAgendaItemPayload extends AgendaItemCommandPayload {}

@Resolver()
export class ProposeAgendaItemResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => ProposeAgendaItemPayload, { description: 'The party organisation proposes how to solve the problem: first deliberation (党组织提议, 一议)' })
  proposeAgendaItem(@Arg('input', { description: 'The command (指令)' }) input: AgendaItemStepInput, @Ctx() context: PropertyContext): Promise<ProposeAgendaItemPayload> {
    return runAgendaItemCommand(context, input.itemId, AgendaItemCommand.PROPOSE, {
      note: input.note,
    });
  }
}

import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload, runAgendaItemCommand } from './agenda-item-command';
import { AgendaItemStepInput } from './agenda-item.input';
import { AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: 'Result of withdrawing an agenda item' })
export class WithdrawAgendaItemPayload extends AgendaItemCommandPayload {}

@Resolver()
export class WithdrawAgendaItemResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => WithdrawAgendaItemPayload, { description: 'Withdraw an item before it is decided, saying why in the note (撤回议题)' })
  withdrawAgendaItem(@Arg('input', { description: 'The command (指令)' }) input: AgendaItemStepInput, @Ctx() context: PropertyContext): Promise<WithdrawAgendaItemPayload> {
    return runAgendaItemCommand(context, input.itemId, AgendaItemCommand.WITHDRAW, {
      note: input.note,
      check: async () => {
        if (!input.note?.trim()) throw new BadUserInputError('input.note', 'required', 'input.note must say why the item is withdrawn');
      },
    });
  }
}

import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ConflictError } from '../../../kit/errors';
import { ResolutionState } from '../resolution/meeting-resolution.entity';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload, runAgendaItemCommand } from './agenda-item-command';
import { AgendaItemStepInput } from './agenda-item.input';
import { AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: 'Result of deciding an agenda item' })
export class DecideAgendaItemPayload extends AgendaItemCommandPayload {}

@Resolver()
export class DecideAgendaItemResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => DecideAgendaItemPayload, { description: "Residents' representatives decide, on an adopted resolution: third deliberation (居民代表会议决议, 三议)" })
  decideAgendaItem(@Arg('input', { description: 'The command (指令)' }) input: AgendaItemStepInput, @Ctx() context: PropertyContext): Promise<DecideAgendaItemPayload> {
    return runAgendaItemCommand(context, input.itemId, AgendaItemCommand.DECIDE, {
      note: input.note,
      check: async (item) => {
        const resolutions = await context.loaders.resolutionsByItemId.load(item.id);
        if (!resolutions.some((resolution) => resolution.state === ResolutionState.ADOPTED)) {
          throw new ConflictError('No resolution on this item has been adopted: put one to the vote and close it first');
        }
      },
    });
  }
}

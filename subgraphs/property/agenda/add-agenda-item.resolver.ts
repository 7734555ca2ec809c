import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { meetingToActOn } from '../meeting/meeting-access';
import { CONVENERS } from '../roles';
import { AgendaItemCommandPayload } from './agenda-item-command';
import { AgendaItemSource } from './agenda-item.entity';
import { AddAgendaItemInput } from './agenda-item.input';
import { NEXT_POSITION, solicitAgendaItem } from './solicit-agenda-item';

@ObjectType({ description: 'Result of taking a problem onto an agenda (征集议题结果)' })
export class AddAgendaItemPayload extends AgendaItemCommandPayload {}

@Resolver()
export class AddAgendaItemResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => AddAgendaItemPayload, {
    description: 'Take a problem onto the end of a meeting agenda — from a grid event, a survey or an inspection — soliciting opinions on it (征集议题, 一征)',
  })
  async addAgendaItem(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: AddAgendaItemInput,
    @Ctx() context: PropertyContext,
  ): Promise<AddAgendaItemPayload> {
    if (input.source === AgendaItemSource.RESIDENT_SUGGESTION) {
      throw new BadUserInputError('input.source', 'not a suggestion', 'input.source RESIDENT_SUGGESTION comes in through acceptSuggestion');
    }
    const gridEvent = input.source === AgendaItemSource.GRID_EVENT;
    if (gridEvent !== !!input.gridEventId) {
      throw new BadUserInputError('input.gridEventId', 'only for GRID_EVENT', 'input.gridEventId is given exactly when input.source is GRID_EVENT');
    }
    const survey = input.source === AgendaItemSource.SURVEY;
    if (survey !== !!input.surveyId) throw new BadUserInputError('input.surveyId', 'only for SURVEY', 'input.surveyId is given exactly when input.source is SURVEY');
    const meeting = await meetingToActOn(context, input.meetingId, 'input.meetingId', CONVENERS);
    if (input.surveyId) {
      const found = await context.loaders.surveyById.load(input.surveyId);
      if (!found || found.communityId !== meeting.communityId) {
        throw new BadUserInputError('input.surveyId', 'in community', "input.surveyId is not a survey in the meeting's community");
      }
    }
    // A grid event lives in grids: property keeps only its id, resolved through the gateway.
    const solicited = await solicitAgendaItem(context, meeting, input);
    await guardUnique([NEXT_POSITION], () => context.em.flush());
    return solicited;
  }
}

import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { guardUnique, guardVersion } from '../../../kit/orm/write-conflict';
import { AgendaItem, AgendaItemSource } from '../agenda/agenda-item.entity';
import { NEXT_POSITION, solicitAgendaItem } from '../agenda/solicit-agenda-item';
import type { PropertyContext } from '../context';
import { meetingToActOn } from '../meeting/meeting-access';
import { CONVENERS } from '../roles';
import { raisedSuggestion } from './suggestion-access';
import { Suggestion, SuggestionState } from './suggestion.entity';
import { AcceptSuggestionInput } from './suggestion.input';

@ObjectType({ description: 'Result of taking a suggestion onto an agenda (采纳建议结果)' })
export class AcceptSuggestionPayload {
  @Field(_type => Suggestion, { description: 'The suggestion, accepted (居民建议)' })
  suggestion!: Suggestion;

  @Field(_type => AgendaItem, { description: 'The agenda item it became (议题)' })
  item!: AgendaItem;
}

@Resolver()
export class AcceptSuggestionResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => AcceptSuggestionPayload, { description: 'Take a suggestion onto a joint meeting agenda of its community (采纳建议, 纳入议题)' })
  async acceptSuggestion(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: AcceptSuggestionInput,
    @Ctx() context: PropertyContext,
  ): Promise<AcceptSuggestionPayload> {
    const meeting = await meetingToActOn(context, input.meetingId, 'input.meetingId', CONVENERS);
    const suggestion = await raisedSuggestion(context, input.suggestionId);
    if (meeting.communityId !== suggestion.communityId) throw new BadUserInputError('input.meetingId', 'same community', "input.meetingId is not a meeting of the suggestion's community");
    const title = input.title ?? suggestion.content.slice(0, 200);
    const { item } = await solicitAgendaItem(context, meeting, { title, source: AgendaItemSource.RESIDENT_SUGGESTION, suggestionId: suggestion.id });
    Object.assign(suggestion, { state: SuggestionState.ACCEPTED, agendaItemId: item.id });
    // One flush, one transaction: the item, its first step and the suggestion's new state together.
    await guardVersion('The suggestion was handled at the same moment; nothing was written', () => guardUnique([NEXT_POSITION], () => context.em.flush()));
    return { suggestion, item };
  }
}

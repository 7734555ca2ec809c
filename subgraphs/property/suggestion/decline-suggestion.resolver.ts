import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { guardVersion } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { raisedSuggestion } from './suggestion-access';
import { Suggestion, SuggestionState } from './suggestion.entity';
import { DeclineSuggestionInput } from './suggestion.input';

@ObjectType({ description: 'Result of declining a suggestion (不予采纳结果)' })
export class DeclineSuggestionPayload {
  @Field(_type => Suggestion, { description: 'The suggestion, declined (居民建议)' })
  suggestion!: Suggestion;
}

@Resolver()
export class DeclineSuggestionResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => DeclineSuggestionPayload, { description: 'Decline a suggestion with a reason the resident is told (不予采纳并说明理由)' })
  async declineSuggestion(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: DeclineSuggestionInput,
    @Ctx() context: PropertyContext,
  ): Promise<DeclineSuggestionPayload> {
    const suggestion = await raisedSuggestion(context, input.suggestionId);
    Object.assign(suggestion, { state: SuggestionState.DECLINED, declineReason: input.reason });
    await guardVersion('The suggestion was handled at the same moment; nothing was written', () => context.em.flush());
    return { suggestion };
  }
}

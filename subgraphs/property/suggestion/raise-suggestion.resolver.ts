import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { PropertyContext } from '../context';
import { SUGGESTION_TAKERS } from '../roles';
import { Suggestion } from './suggestion.entity';
import { RaiseSuggestionInput } from './suggestion.input';

@ObjectType({ description: 'Result of recording a suggestion (登记建议结果)' })
export class RaiseSuggestionPayload {
  @Field(_type => Suggestion, { description: 'The suggestion (居民建议)' })
  suggestion!: Suggestion;
}

@Resolver()
export class RaiseSuggestionResolver {
  @Authorized(SUGGESTION_TAKERS)
  @Mutation(_returns => RaiseSuggestionPayload, { description: "Record a resident's or a building's suggestion for the compound (登记居民建议)" })
  async raiseSuggestion(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RaiseSuggestionInput,
    @Ctx() { em, loaders, viewer }: PropertyContext,
  ): Promise<RaiseSuggestionPayload> {
    const place = await requirePlace(loaders.placeById, input.raisedById, 'input.raisedById', [TerritoryLevel.RESIDENT, TerritoryLevel.BUILDING]);
    if (!place.compoundId || !place.communityId) throw new BadUserInputError('input.raisedById', 'in a compound', 'input.raisedById does not sit in a compound');
    if (!canActAt(viewer, SUGGESTION_TAKERS, place)) throw new ForbiddenError('This place is outside your scope');
    const suggestion = Object.assign(new Suggestion(), {
      content: input.content,
      residentId: place.level === TerritoryLevel.RESIDENT ? place.id : null,
      buildingId: place.buildingId,
      compoundId: place.compoundId,
      communityId: place.communityId,
      subdistrictId: place.subdistrictId,
      raisedAt: new Date(),
      recordedBy: viewer!.id,
    });
    await em.persistAndFlush(suggestion);
    return { suggestion };
  }
}

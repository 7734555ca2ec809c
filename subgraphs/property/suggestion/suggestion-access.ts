import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { canRead } from '../scope';
import { type Suggestion, SuggestionState } from './suggestion.entity';

/** A raised suggestion the viewer convenes for: BAD_USER_INPUT unknown, FORBIDDEN out of reach, CONFLICT already handled. */
export async function raisedSuggestion(context: PropertyContext, id: string): Promise<Suggestion> {
  const suggestion = await context.loaders.suggestionById.load(id);
  if (!suggestion || !canRead(context, suggestion)) throw new BadUserInputError('input.suggestionId', 'exists', 'input.suggestionId is not a suggestion you can see');
  if (!canActAt(context.viewer, CONVENERS, suggestion)) throw new ForbiddenError('Only the conveners take up or decline suggestions');
  if (suggestion.state !== SuggestionState.RAISED) throw new ConflictError(`This suggestion is already ${suggestion.state}`);
  return suggestion;
}

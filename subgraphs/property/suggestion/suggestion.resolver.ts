import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Building } from '../building/building.type';
import type { PropertyContext } from '../context';
import { Compound } from '../compound/compound.type';
import { Resident } from '../resident/resident.type';
import { revealResidentId } from '../scope';
import { Suggestion } from './suggestion.entity';

@Resolver(_of => Suggestion)
export class SuggestionResolver {
  @FieldResolver(_returns => Resident, { nullable: true, description: 'The resident who raised it; personal data: null unless your role and scope allow it (建议人)' })
  raisedBy(@Root() suggestion: Suggestion, @Ctx() context: PropertyContext, @RevealArg() reason?: RevealReason): Resident | null {
    return Resident.ref(revealResidentId(context, { type: 'Suggestion', ...suggestion }, 'raisedBy', reason, suggestion.residentId));
  }

  @FieldResolver(_returns => Building, { nullable: true, description: 'The building that raised it, for a building suggestion (楼栋)' })
  building(@Root() suggestion: Suggestion): Building | null {
    return Building.ref(suggestion.buildingId);
  }

  @FieldResolver(_returns => Compound, { description: 'The compound (小区)' })
  compound(@Root() suggestion: Suggestion): Compound {
    return Compound.ref(suggestion.compoundId);
  }

  @FieldResolver(_returns => AgendaItem, { nullable: true, description: 'The agenda item it became (纳入议题)' })
  agendaItem(@Root() suggestion: Suggestion, @Ctx() { loaders }: PropertyContext): Promise<AgendaItem | null> | null {
    return suggestion.agendaItemId ? loaders.itemById.load(suggestion.agendaItemId) : null;
  }
}

import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { VoteChoice } from './resolution-vote.entity';

export interface VoteTally {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/** Votes per choice of many resolutions, in one grouped statement. */
export function voteTallyLoader(em: EntityManager): DataLoader<string, VoteTally> {
  return new DataLoader(async (ids) => {
    const rows = await groupedTotals(em, 'resolution_vote', ['resolution_id', 'choice'], 'count(*)', (query) => {
      query.whereIn('resolution_id', [...ids]);
    });
    const count = (id: string, choice: VoteChoice) => rows.find((row) => row.keys[0] === id && row.keys[1] === choice)?.total ?? 0;
    return ids.map((id) => ({ for: count(id, VoteChoice.FOR), against: count(id, VoteChoice.AGAINST), abstain: count(id, VoteChoice.ABSTAIN) }));
  });
}

/** Adopted when the votes cast reach the quorum and those for outnumber those against and abstaining together. */
export function isAdopted(tally: VoteTally, quorum: number): boolean {
  const cast = tally.for + tally.against + tally.abstain;
  return cast >= quorum && tally.for * 2 > cast;
}

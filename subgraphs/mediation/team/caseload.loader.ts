import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { OPEN_STATUSES } from '../mediation-case/lifecycle';

/** A team's or mediator's record: cases held, still open, settled by agreement (办案量). */
export interface Caseload {
  readonly cases: number;
  readonly open: number;
  readonly agreed: number;
}

const NONE: Caseload = { cases: 0, open: 0, agreed: 0 };

type Row = { key: string; cases: unknown; open: unknown; agreed: unknown };

/**
 * Caseloads of many teams (by the team holding each case) or mediators (by assignment) in one
 * grouped statement each, whatever the number of teams asked for.
 */
export class CaseloadLoader {
  readonly byTeam: DataLoader<string, Caseload>;
  readonly byMediator: DataLoader<string, Caseload>;

  constructor(private readonly em: EntityManager) {
    this.byTeam = new DataLoader((ids) => this.load('c.team_id', ids, (query) => query));
    this.byMediator = new DataLoader((ids) => this.load('cm.mediator_id', ids, (query) => query.join('case_mediator as cm', 'cm.case_id', 'c.id')));
  }

  private async load(keyColumn: string, ids: readonly string[], join: (query: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<Caseload[]> {
    const knex = this.em.getKnex();
    const query = join(knex.from('mediation_case as c'))
      .select(knex.raw('?? as ??', [keyColumn, 'key']))
      .select(
        knex.raw('count(*) as cases'),
        knex.raw(`sum(case when c.status in (${OPEN_STATUSES.map(() => '?').join(', ')}) then 1 else 0 end) as open`, [...OPEN_STATUSES]),
        knex.raw('sum(case when a.id is not null then 1 else 0 end) as agreed'),
      )
      .leftJoin('agreement as a', 'a.case_id', 'c.id')
      .whereIn(keyColumn, [...ids])
      .groupBy(keyColumn);
    const rows: Row[] = await this.em.getConnection().execute(query);
    const byKey = new Map(rows.map((row) => [String(row.key), { cases: Number(row.cases), open: Number(row.open ?? 0), agreed: Number(row.agreed ?? 0) }]));
    return ids.map((id) => byKey.get(id) ?? NONE);
  }
}

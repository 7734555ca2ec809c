import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { columnOf, tableOf } from '../../../kit/orm/column-name';
import { Agreement } from '../agreement/agreement.entity';
import { CaseMediator } from '../mediation-case/case-mediator.entity';
import { OPEN_STATUSES } from '../mediation-case/lifecycle';
import { MediationCase } from '../mediation-case/mediation-case.entity';

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
    const c = (property: keyof MediationCase & string) => `c.${columnOf(em, MediationCase, property)}`;
    const cm = (property: keyof CaseMediator & string) => `cm.${columnOf(em, CaseMediator, property)}`;
    this.byTeam = new DataLoader((ids) => this.load(c('teamId'), ids, (query) => query));
    this.byMediator = new DataLoader((ids) => this.load(cm('mediatorId'), ids, (query) => query.join(`${tableOf(em, CaseMediator)} as cm`, cm('caseId'), c('id'))));
  }

  private async load(keyColumn: string, ids: readonly string[], join: (query: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<Caseload[]> {
    const knex = this.em.getKnex();
    const [status, caseId, agreementId] = [`c.${columnOf(this.em, MediationCase, 'status')}`, `a.${columnOf(this.em, Agreement, 'caseId')}`, `a.${columnOf(this.em, Agreement, 'id')}`];
    const query = join(knex.from(`${tableOf(this.em, MediationCase)} as c`))
      .select(knex.raw('?? as ??', [keyColumn, 'key']))
      .select(
        knex.raw('count(*) as cases'),
        knex.raw(`sum(case when ?? in (${OPEN_STATUSES.map(() => '?').join(', ')}) then 1 else 0 end) as open`, [status, ...OPEN_STATUSES]),
        knex.raw('sum(case when ?? is not null then 1 else 0 end) as agreed', [agreementId]),
      )
      .leftJoin(`${tableOf(this.em, Agreement)} as a`, caseId, `c.${columnOf(this.em, MediationCase, 'id')}`)
      .whereIn(keyColumn, [...ids])
      .groupBy(keyColumn);
    const rows: Row[] = await this.em.execute(query);
    const byKey = new Map(rows.map((row) => [String(row.key), { cases: Number(row.cases), open: Number(row.open ?? 0), agreed: Number(row.agreed ?? 0) }]));
    return ids.map((id) => byKey.get(id) ?? NONE);
  }
}

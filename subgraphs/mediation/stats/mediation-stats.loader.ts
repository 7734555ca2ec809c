import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { ratio } from '../../../kit/stats/ratio';
import { BUCKET, bucketOf, seriesOf, statsBuckets, type StatsBucket, type StatsInterval } from '../../../kit/stats/stats-interval';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { columnOf, tableOf } from '../../../kit/orm/column-name';
import { Agreement, Fulfilment } from '../agreement/agreement.entity';
import { DisputeLead } from '../lead/dispute-lead.entity';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import type { DisputeCategory } from '../mediation-case/dispute.enums';
import { LEVEL_CHAIN, MediationCaseStatus, MediationLevel } from '../mediation-case/lifecycle';
import type { MediationStats, MediationStatsBucket, MediationTeamCount } from './mediation-stats.type';

/** Whose figures: a community's, a subdistrict's, or every row this subgraph holds (the district it serves). */
export type StatsScope = 'community' | 'subdistrict' | 'district';

const SCOPE_PROPERTY: Record<StatsScope, 'communityId' | 'subdistrictId' | null> = { community: 'communityId', subdistrict: 'subdistrictId', district: null };
/** The key a district-wide row is grouped under: there is one district per deployment. */
const ALL = 'all';
const LOW_LEVELS: readonly MediationLevel[] = [MediationLevel.GRID, MediationLevel.COMMUNITY];

type Period = { from: Date; to: Date };
type Row = Record<string, unknown>;

/** Whose figures over which period: what a stats object's series is asked of. */
export interface MediationStatsKey {
  readonly scope: StatsScope;
  readonly id: string;
  readonly period: Period;
}

/**
 * `mediationStats` for many places at once: five grouped statements per (scope, period), whatever
 * the number of places asked for.
 */
export class MediationStatsLoaders {
  private readonly loaders = new Map<string, DataLoader<string, MediationStats>>();
  private readonly seriesLoaders = new Map<string, DataLoader<string, MediationStatsBucket[]>>();

  constructor(private readonly em: EntityManager) {}

  load(scope: StatsScope, id: string, period: Period): Promise<MediationStats> {
    const key = `${scope}:${period.from.toISOString()}:${period.to.toISOString()}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => computeStats(this.em, scope, ids, period));
      this.loaders.set(key, loader);
    }
    return loader.load(scope === 'district' ? ALL : id);
  }

  /** The period's case figures bucket by bucket: one statement for every place of the scope asking for this interval. */
  series({ scope, id, period }: MediationStatsKey, interval: StatsInterval): Promise<MediationStatsBucket[]> {
    const key = `series-${interval}:${scope}:${period.from.toISOString()}:${period.to.toISOString()}`;
    let loader = this.seriesLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const buckets = statsBuckets(period, interval);
        const rows = await caseTotals(this.em, scope, ids, period, { buckets });
        return ids.map((one) => seriesOf(buckets, rows.filter((row) => String(row.parent_id) === one), caseFigures));
      });
      this.seriesLoaders.set(key, loader);
    }
    return loader.load(scope === 'district' ? ALL : id);
  }
}

/** A second grouping of `caseTotals`: the buckets of a series, or the dispute category. */
type CaseGrouping = { buckets: readonly StatsBucket[] } | { category: true } | null;

/**
 * Case counts of the period's registered cases per place (and per bucket of a series) in one
 * statement: with their agreement, if any, for the outcome figures.
 */
async function caseTotals(em: EntityManager, scope: StatsScope, ids: readonly string[], period: Period, by: CaseGrouping): Promise<Row[]> {
  const knex = em.getKnex();
  const platform = em.getPlatform();
  const c = (property: keyof MediationCase & string) => `c.${columnOf(em, MediationCase, property)}`;
  const a = (property: keyof Agreement & string) => `a.${columnOf(em, Agreement, property)}`;
  const property = SCOPE_PROPERTY[scope];
  const parent = property ? c(property) : null;
  const query = knex
    .from(`${tableOf(em, MediationCase)} as c`)
    .leftJoin(`${tableOf(em, Agreement)} as a`, a('caseId'), c('id'))
    .select(knex.raw(parent ? '?? as parent_id' : '? as parent_id', [parent ?? ALL]))
    .select(by && 'buckets' in by ? [bucketOf(knex, c('registeredAt'), by.buckets, (at) => platform.processDateProperty(at))] : [])
    .select(by && 'category' in by ? [knex.raw('?? as category', [c('category')])] : [])
    .select(
      knex.raw('count(*) as cases'),
      knex.raw('sum(case when ?? > 0 then 1 else 0 end) as escalated', [c('escalations')]),
      knex.raw('sum(case when ?? = ? then 1 else 0 end) as withdrawn', [c('status'), MediationCaseStatus.WITHDRAWN]),
      knex.raw('sum(case when ?? is not null then 1 else 0 end) as agreed', [a('id')]),
      knex.raw('sum(case when ?? is null and ?? = ? then 1 else 0 end) as closed_without', [a('id'), c('status'), MediationCaseStatus.CLOSED]),
      knex.raw(`sum(case when ?? in (${LOW_LEVELS.map(() => '?').join(', ')}) then 1 else 0 end) as settled_low`, [a('level'), ...LOW_LEVELS]),
      knex.raw('sum(case when ?? is not null and ?? <> ? then 1 else 0 end) as checked', [a('fulfilment'), a('fulfilment'), Fulfilment.PENDING]),
      knex.raw('sum(case when ?? = ? then 1 else 0 end) as fulfilled', [a('fulfilment'), Fulfilment.FULFILLED]),
    )
    .where(c('registeredAt'), '>=', platform.processDateProperty(period.from) as never)
    .where(c('registeredAt'), '<', platform.processDateProperty(period.to) as never);
  if (parent) query.whereIn(parent, [...ids]);
  const groups = [...(parent ? [parent] : []), ...(by ? ['buckets' in by ? BUCKET : c('category')] : [])];
  if (groups.length > 0) query.groupBy(groups);
  return em.execute(query);
}

/** The outcome figures of a period, or of one bucket of it, from a `caseTotals` row. */
function caseFigures(row: Row | undefined) {
  const count = (name: string) => Number(row?.[name] ?? 0);
  const agreed = count('agreed');
  const concluded = agreed + count('closed_without');
  const settledAtCommunity = count('settled_low');
  const checked = count('checked');
  const fulfilled = count('fulfilled');
  return {
    cases: count('cases'),
    escalated: count('escalated'),
    withdrawn: count('withdrawn'),
    concluded,
    agreed,
    settledAtCommunity,
    settledAtCommunityRate: ratio(settledAtCommunity, concluded),
    agreementRate: ratio(agreed, concluded),
    fulfilmentChecked: checked,
    fulfilled,
    fulfilmentRate: ratio(fulfilled, checked),
  };
}

async function computeStats(em: EntityManager, scope: StatsScope, ids: readonly string[], period: Period): Promise<MediationStats[]> {
  const platform = em.getPlatform();
  // Tables and columns from MikroORM's metadata (kit/orm/column-name.ts), aliased c (case), a (agreement), l (lead).
  const c = (property: keyof MediationCase & string) => `c.${columnOf(em, MediationCase, property)}`;
  const a = (property: keyof Agreement & string) => `a.${columnOf(em, Agreement, property)}`;
  const l = (property: keyof DisputeLead & string) => `l.${columnOf(em, DisputeLead, property)}`;
  const cases = `${tableOf(em, MediationCase)} as c`;
  const agreements = `${tableOf(em, Agreement)} as a`;
  const property = SCOPE_PROPERTY[scope];
  const column = property ? columnOf(em, MediationCase, property) : null;
  const parent = (alias: string) => (column ? `${alias}.${column}` : null);
  const inPeriod = (query: Knex.QueryBuilder) => {
    if (column) query.whereIn(`c.${column}`, [...ids]);
    query.where(c('registeredAt'), '>=', platform.processDateProperty(period.from) as never).where(c('registeredAt'), '<', platform.processDateProperty(period.to) as never);
  };
  const keyOf = (row: { keys: string[] }) => (column ? row.keys[0] : ALL);
  const groupsOf = (extra: string) => [...(column ? [parent('c')!] : []), extra];

  const totals = await caseTotals(em, scope, ids, period, null);

  const byCategory = await caseTotals(em, scope, ids, period, { category: true });
  const byLevel = await groupedTotals(em, cases, groupsOf(c('level')), 'count(*)', (query) => inPeriod(query));
  const byTeam = await groupedTotals(em, cases, groupsOf(c('teamId')), 'count(*)', (query) => inPeriod(query.whereNotNull(c('teamId'))));
  const teamAgreed = await groupedTotals(em, cases, groupsOf(c('teamId')), `count(${a('id')})`, (query) => inPeriod(query.leftJoin(agreements, a('caseId'), c('id')).whereNotNull(c('teamId'))));
  const leadScope = property ? l(property) : null;
  const leads = await groupedTotals(em, `${tableOf(em, DisputeLead)} as l`, [...(leadScope ? [leadScope] : []), l('status')], 'count(*)', (query) => {
    if (leadScope) query.whereIn(leadScope, [...ids]);
    query.where(l('sharedOn'), '>=', todayUtc(period.from)).where(l('sharedOn'), '<', todayUtc(period.to));
  });

  return ids.map((id) => {
    const row = totals.find((candidate) => String(candidate.parent_id) === id);
    const mine = <T extends { keys: string[] }>(rows: T[]) => rows.filter((entry) => keyOf(entry) === id);
    const last = (entry: { keys: string[] }) => entry.keys[entry.keys.length - 1];
    const teamAgreedOf = new Map(mine(teamAgreed).map((entry) => [last(entry), entry.total]));
    const leadRows = mine(leads);
    return {
      key: { scope, id, period },
      from: period.from,
      to: period.to,
      ...caseFigures(row),
      byCategory: byCategory
        .filter((entry) => String(entry.parent_id) === id)
        .map((entry) => ({ category: entry.category as DisputeCategory, ...caseFigures(entry) }))
        .sort((a, b) => b.cases - a.cases || a.category.localeCompare(b.category)),
      byLevel: mine(byLevel)
        .map((entry) => ({ level: last(entry) as MediationLevel, cases: entry.total }))
        .sort((a, b) => LEVEL_CHAIN.indexOf(a.level) - LEVEL_CHAIN.indexOf(b.level)),
      leadsShared: leadRows.reduce((sum, entry) => sum + entry.total, 0),
      leadsResolved: leadRows.filter((entry) => last(entry) !== 'OPEN').reduce((sum, entry) => sum + entry.total, 0),
      byTeam: mine(byTeam)
        .map((entry) => ({ teamId: last(entry), cases: entry.total, agreed: teamAgreedOf.get(last(entry)) ?? 0 }) as MediationTeamCount)
        .sort((a, b) => b.cases - a.cases || a.teamId.localeCompare(b.teamId)),
    };
  });
}

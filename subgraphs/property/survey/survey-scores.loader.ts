import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { ratio } from '../../../kit/stats/ratio';

export interface SatisfactionFigures {
  readonly responses: number;
  /** Mean score 1–5 over every response, two decimals; null without responses. */
  readonly averageScore: number | null;
  /** Satisfied responses / responses, four decimals; null without responses. */
  readonly satisfactionRate: number | null;
}

/** Responses, summed mean scores and satisfied responses per group, in three grouped statements. */
export async function satisfactionFigures(
  em: EntityManager,
  groupColumns: readonly string[],
  filter: (query: Knex.QueryBuilder) => void,
): Promise<Map<string, SatisfactionFigures>> {
  const [counts, sums, satisfied] = await Promise.all([
    groupedTotals(em, 'survey_response', groupColumns, 'count(*)', filter),
    groupedTotals(em, 'survey_response', groupColumns, 'sum(mean_score)', filter),
    groupedTotals(em, 'survey_response', groupColumns, 'count(*)', (query) => {
      filter(query);
      query.where('satisfied', true);
    }),
  ]);
  const key = (keys: string[]) => keys.join('|');
  const sumOf = new Map(sums.map((row) => [key(row.keys), row.total]));
  const satisfiedOf = new Map(satisfied.map((row) => [key(row.keys), row.total]));
  return new Map(counts.map((row) => {
    const k = key(row.keys);
    return [k, {
      responses: row.total,
      averageScore: row.total ? Math.round(((sumOf.get(k) ?? 0) / row.total) * 100) / 100 : null,
      satisfactionRate: ratio(satisfiedOf.get(k) ?? 0, row.total),
    }];
  }));
}

export const NO_RESPONSES: SatisfactionFigures = { responses: 0, averageScore: null, satisfactionRate: null };

/** Figures of many surveys at once. */
export function surveyScoresLoader(em: EntityManager): DataLoader<string, SatisfactionFigures> {
  return new DataLoader(async (ids) => {
    const figures = await satisfactionFigures(em, ['survey_id'], (query) => query.whereIn('survey_id', [...ids]));
    return ids.map((id) => figures.get(id) ?? NO_RESPONSES);
  });
}

export interface CompanyPeriodFigures extends SatisfactionFigures {
  readonly period: string;
}

/** A company's figures per quarter, oldest first: its trend (满意度趋势), for many companies at once. */
export function companyTrendLoader(em: EntityManager): DataLoader<string, CompanyPeriodFigures[]> {
  return new DataLoader(async (ids) => {
    const figures = await satisfactionFigures(em, ['company_id', 'period'], (query) => query.whereIn('company_id', [...ids]));
    return ids.map((id) =>
      [...figures.entries()]
        .filter(([key]) => key.startsWith(`${id}|`))
        .map(([key, value]) => ({ period: key.slice(id.length + 1), ...value }))
        .sort((a, b) => a.period.localeCompare(b.period)),
    );
  });
}

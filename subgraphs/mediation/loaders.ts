import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { PageLoaders } from '../../kit/connection/page-loader';
import { entitiesBy, entityById, groupByKeys } from '../../kit/loaders';
import { columnOf, tableOf } from '../../kit/orm/column-name';
import { placeLoader } from '../../kit/territory/territory-copy';
import { Agreement } from './agreement/agreement.entity';
import { GridEventCopy } from './grid-event/grid-event-copy.entity';
import { DisputeLead } from './lead/dispute-lead.entity';
import { CaseMediator } from './mediation-case/case-mediator.entity';
import { CaseParty } from './mediation-case/case-party.entity';
import { MediationCaseTransition } from './mediation-case/case-transition.entity';
import { MediationCase } from './mediation-case/mediation-case.entity';
import { MediationSession } from './session/mediation-session.entity';
import { MediationStatsLoaders } from './stats/mediation-stats.loader';
import { CaseloadLoader } from './team/caseload.loader';
import { MediationTeam } from './team/mediation-team.entity';
import { Mediator } from './team/mediator.entity';

/** The first row per key of a one-to-one relation stored on the child (agreement of a case, case of a grid event). */
function oneBy<T extends object>(em: EntityManager, entity: new () => T, property: keyof T & string): DataLoader<string, T | null> {
  const many = entitiesBy(em, entity, property);
  return new DataLoader(async (keys) => (await many.loadMany(keys)).map((rows) => (Array.isArray(rows) ? rows[0] ?? null : null)));
}

/**
 * Accounts of the mediators assigned to each case, in one joined statement: who counts as "the
 * case's mediator" for commands and for reading dispute details.
 */
function mediatorAccountsByCaseId(em: EntityManager): DataLoader<string, string[]> {
  return new DataLoader(async (caseIds) => {
    const cm = (property: keyof CaseMediator & string) => `cm.${columnOf(em, CaseMediator, property)}`;
    const m = (property: keyof Mediator & string) => `m.${columnOf(em, Mediator, property)}`;
    const rows: { case_id: string; account_id: string }[] = await em
      .execute(
        em.getKnex()
          .select({ case_id: cm('caseId'), account_id: m('accountId') })
          .from(`${tableOf(em, CaseMediator)} as cm`)
          .join(`${tableOf(em, Mediator)} as m`, m('id'), cm('mediatorId'))
          .whereIn(cm('caseId'), [...caseIds])
          .whereNotNull(m('accountId')),
      );
    return groupByKeys(caseIds, rows, (row) => row.case_id).map((group) => group.map((row) => row.account_id));
  });
}

/** The per-request loader bag of the mediation subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    pages: new PageLoaders(em),
    stats: new MediationStatsLoaders(em),
    caseload: new CaseloadLoader(em),
    placeById: placeLoader(em),
    caseById: entityById(em, MediationCase),
    caseByGridEventId: oneBy(em, MediationCase, 'gridEventId'),
    partiesByCaseId: entitiesBy(em, CaseParty, 'caseId'),
    partiesByResidentId: entitiesBy(em, CaseParty, 'residentId'),
    partyById: entityById(em, CaseParty),
    assignmentsByCaseId: entitiesBy(em, CaseMediator, 'caseId'),
    mediatorAccountsByCaseId: mediatorAccountsByCaseId(em),
    transitionsByCaseId: entitiesBy(em, MediationCaseTransition, 'caseId'),
    sessionsByCaseId: entitiesBy(em, MediationSession, 'caseId'),
    sessionById: entityById(em, MediationSession),
    agreementByCaseId: oneBy(em, Agreement, 'caseId'),
    mediatorById: entityById(em, Mediator),
    mediatorsByTeamId: entitiesBy(em, Mediator, 'teamId'),
    teamById: entityById(em, MediationTeam),
    teamsBySubdistrictId: entitiesBy(em, MediationTeam, 'subdistrictId'),
    leadById: entityById(em, DisputeLead),
    gridEventCopyById: entityById(em, GridEventCopy),
  };
}

export type MediationLoaders = ReturnType<typeof createLoaders>;

/** Forgets what this request loaded about a case's rows, once a command has written new ones: its payload reads them afresh. */
export function forgetCase(loaders: MediationLoaders, caseId: string): void {
  for (const loader of [loaders.assignmentsByCaseId, loaders.mediatorAccountsByCaseId, loaders.transitionsByCaseId, loaders.sessionsByCaseId, loaders.agreementByCaseId, loaders.partiesByCaseId]) {
    loader.clear(caseId);
  }
}

/**
 * A page of cases loaded as a list also answers `caseById` for them: field resolvers of their
 * parties, sessions and agreements find their case without a further statement.
 */
export async function primedCases<T extends { edges: { node: MediationCase }[] }>(loaders: MediationLoaders, page: Promise<T>): Promise<T> {
  const connection = await page;
  for (const { node } of connection.edges) loaders.caseById.prime(node.id, node);
  return connection;
}

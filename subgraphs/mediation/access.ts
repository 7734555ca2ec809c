import type { EntityAccess } from '../../kit/auth/entity-access';
import { ALL_ROLES } from '../../kit/auth/role';
import type { DisputeLead } from './lead/dispute-lead.entity';
import type { MediationCase } from './mediation-case/mediation-case.entity';
import type { Mediator } from './team/mediator.entity';
import { CASE_READERS, LEAD_READERS, MEDIATOR_READERS } from './roles';

/**
 * Who reads which rows of the mediation subgraph, by id — through its single-item query, through
 * `_entities` and where another row points at them:
 *
 * | type           | roles                                              | scope           |
 * |----------------|----------------------------------------------------|-----------------|
 * | MediationTeam  | every signed-in role                               | all (public)    |
 * | MediationCase  | territorial staff and mediators                    | their territory |
 * | Mediator       | territorial staff, mediators, partner agencies     | their territory |
 * | DisputeLead    | leaders, partner agencies, mediators               | their territory |
 *
 * A case's dispute details stay masked even then, unless the viewer supervises it in scope or is
 * one of its mediators (personal.ts); BI reads statistics only.
 */
export const TEAM_ACCESS: EntityAccess<unknown> = { roles: ALL_ROLES };

export const CASE_ACCESS: EntityAccess<MediationCase> = { roles: CASE_READERS, place: (kase) => kase };

export const MEDIATOR_ACCESS: EntityAccess<Mediator> = { roles: MEDIATOR_READERS, place: (mediator) => mediator };

export const LEAD_ACCESS: EntityAccess<DisputeLead> = { roles: LEAD_READERS, place: (lead) => lead };

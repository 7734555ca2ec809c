import type { EntityAccess } from '../../kit/auth/entity-access';
import { ALL_ROLES } from '../../kit/auth/role';
import type { GridEvent } from './grid-event/grid-event.entity';
import type { Resident } from './resident/resident.entity';
import { EVENT_READERS, RESIDENT_READERS } from './roles';

/**
 * Who reads which rows of the grids subgraph, by id — through its single-item query and through
 * `_entities` alike:
 *
 * | type                                   | roles                                  | scope                        |
 * |----------------------------------------|----------------------------------------|------------------------------|
 * | territory tree, Grid, GridWorker, Department | every signed-in role              | all (names and signboards are public) |
 * | Resident                               | all but BI analyst and partner agency  | their territory              |
 * | GridEvent                              | city/subdistrict admin, community staff, grid worker | their territory |
 */
export const PUBLIC_ACCESS: EntityAccess<unknown> = { roles: ALL_ROLES };

export const RESIDENT_ACCESS: EntityAccess<Resident> = { roles: RESIDENT_READERS, place: (resident) => resident };

export const GRID_EVENT_ACCESS: EntityAccess<GridEvent> = { roles: EVENT_READERS, place: (event) => event };

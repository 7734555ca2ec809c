import type { EntityManager } from '@mikro-orm/knex';
import { PageLoaders } from '../../kit/connection/page-loader';
import { createPopulationLoaders } from './stats/population-stats.loader';
import { createStewardshipLoaders } from './stats/stewardship-stats.loader';
import { entitiesBy, entityById } from '../../kit/loaders';
import { Building } from './building/building.entity';
import { BuildingStewardAppointment } from './building/building-steward-appointment.entity';
import { Community } from './community/community.entity';
import { Compound } from './compound/compound.entity';
import { District } from './district/district.entity';
import { Grid } from './grid/grid.entity';
import { GridWorker } from './grid-worker/grid-worker.entity';
import { LinkedHousehold } from './grid-worker/linked-household.entity';
import { Household } from './household/household.entity';
import { Resident } from './resident/resident.entity';
import { Subdistrict } from './subdistrict/subdistrict.entity';
import { Department } from './department/department.entity';
import { EventCategory } from './grid-event/event-category.entity';
import { GridEvent } from './grid-event/grid-event.entity';
import { GridEventStatsLoaders } from './stats/grid-event-stats.loader';

/** The per-request loader bag of the grids subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    pages: new PageLoaders(em),
    population: createPopulationLoaders(em),
    stewardship: createStewardshipLoaders(em),
    districtById: entityById(em, District),
    subdistrictById: entityById(em, Subdistrict),
    communityById: entityById(em, Community),
    compoundById: entityById(em, Compound),
    buildingById: entityById(em, Building),
    householdById: entityById(em, Household),
    residentById: entityById(em, Resident),
    gridById: entityById(em, Grid),
    gridWorkerById: entityById(em, GridWorker),
    buildingsByGridId: entitiesBy(em, Building, 'gridId'),
    buildingsByCompoundId: entitiesBy(em, Building, 'compoundId'),
    appointmentsByBuildingId: entitiesBy(em, BuildingStewardAppointment, 'buildingId'),
    linksByHouseholdId: entitiesBy(em, LinkedHousehold, 'householdId'),
    gridEventById: entityById(em, GridEvent),
    eventCategoryById: entityById(em, EventCategory),
    departmentById: entityById(em, Department),
    gridEventStats: new GridEventStatsLoaders(em),
  };
}

export type GridsLoaders = ReturnType<typeof createLoaders>;

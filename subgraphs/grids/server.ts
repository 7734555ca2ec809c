import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { buildFederatedSchema } from '../../kit/schema/federated-schema';
import { createSubgraphServer, type SubgraphDefinition } from '../../kit/subgraph';
import { BuildingResolver } from './building/building.resolver';
import { CommunityResolver } from './community/community.resolver';
import { CompoundResolver } from './compound/compound.resolver';
import { createContext, type GridsContext } from './context';
import { DistrictResolver } from './district/district.resolver';
import { gridsEntities } from './entities';
import { GridResolver } from './grid/grid.resolver';
import { AssignGridWorkerHouseholdsResolver } from './grid-worker/assign-grid-worker-households.resolver';
import { GridWorkerResolver } from './grid-worker/grid-worker.resolver';
import { HouseholdResolver } from './household/household.resolver';
import { RegisterHouseholdResolver } from './household/register-household.resolver';
import { gridsReferences } from './references';
import { MoveResidentResolver } from './resident/move-resident.resolver';
import { RegisterResidentResolver } from './resident/register-resident.resolver';
import { ResidentResolver } from './resident/resident.resolver';
import { SubdistrictResolver } from './subdistrict/subdistrict.resolver';

/** The grids subgraph: the territorial tree, residents, grids and grid workers. */
export const gridsSubgraph: SubgraphDefinition<GridsContext> = {
  name: 'grids',
  defaultPort: 4001,
  entities: gridsEntities,
  createContext,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        DistrictResolver, SubdistrictResolver, CommunityResolver, CompoundResolver, BuildingResolver,
        HouseholdResolver, ResidentResolver, GridResolver, GridWorkerResolver,
        RegisterHouseholdResolver, RegisterResidentResolver, MoveResidentResolver, AssignGridWorkerHouseholdsResolver,
      ],
      referenceResolvers: gridsReferences,
    }),
};

/** The grids server on an open ORM, without listening: what tests and the binary both run. */
export function createGridsServer(orm: MikroORM, log?: Logger) {
  return createSubgraphServer(gridsSubgraph, orm, log);
}

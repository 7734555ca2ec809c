import type DataLoader from 'dataloader';
import type { ReferenceResolvers } from '../../kit/schema/federated-schema';
import type { GridsContext } from './context';
import type { GridsLoaders } from './loaders';

/** `__resolveReference` through the request's by-id loader: N references, one statement; unknown ids → null. */
function byId(loader: (loaders: GridsLoaders) => DataLoader<string, unknown>) {
  return {
    __resolveReference: (reference: { id: string }, { loaders }: GridsContext) => loader(loaders).load(reference.id),
  };
}

/** Every entity type the grids subgraph owns, resolvable by `@key(fields: "id")`. */
export const gridsReferences: ReferenceResolvers = {
  District: byId((loaders) => loaders.districtById),
  Subdistrict: byId((loaders) => loaders.subdistrictById),
  Community: byId((loaders) => loaders.communityById),
  Compound: byId((loaders) => loaders.compoundById),
  Building: byId((loaders) => loaders.buildingById),
  Household: byId((loaders) => loaders.householdById),
  Resident: byId((loaders) => loaders.residentById),
  Grid: byId((loaders) => loaders.gridById),
  GridWorker: byId((loaders) => loaders.gridWorkerById),
  GridEvent: byId((loaders) => loaders.gridEventById),
  Department: byId((loaders) => loaders.departmentById),
};

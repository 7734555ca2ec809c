import { ownedReference, type ReferenceResolvers } from '../../kit/schema/entity-references';
import { GRID_EVENT_ACCESS, PUBLIC_ACCESS, RESIDENT_ACCESS } from './access';
import type { GridsContext } from './context';

/** Every entity type the grids subgraph owns, resolvable by `@key(fields: "id")` under the rules in `access.ts`. */
export const gridsReferences: ReferenceResolvers = {
  District: ownedReference(({ loaders }: GridsContext) => loaders.districtById, PUBLIC_ACCESS),
  Subdistrict: ownedReference(({ loaders }: GridsContext) => loaders.subdistrictById, PUBLIC_ACCESS),
  Community: ownedReference(({ loaders }: GridsContext) => loaders.communityById, PUBLIC_ACCESS),
  Compound: ownedReference(({ loaders }: GridsContext) => loaders.compoundById, PUBLIC_ACCESS),
  Building: ownedReference(({ loaders }: GridsContext) => loaders.buildingById, PUBLIC_ACCESS),
  Household: ownedReference(({ loaders }: GridsContext) => loaders.householdById, PUBLIC_ACCESS),
  Resident: ownedReference(({ loaders }: GridsContext) => loaders.residentById, RESIDENT_ACCESS),
  Grid: ownedReference(({ loaders }: GridsContext) => loaders.gridById, PUBLIC_ACCESS),
  GridWorker: ownedReference(({ loaders }: GridsContext) => loaders.gridWorkerById, PUBLIC_ACCESS),
  GridEvent: ownedReference(({ loaders }: GridsContext) => loaders.gridEventById, GRID_EVENT_ACCESS),
  Department: ownedReference(({ loaders }: GridsContext) => loaders.departmentById, PUBLIC_ACCESS),
};

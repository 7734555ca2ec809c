import type DataLoader from 'dataloader';
import type { Role } from '../../kit/auth/role';
import { hasAnyRole } from '../../kit/auth/viewer';
import { ForbiddenError } from '../../kit/errors';
import type { ReferenceResolvers } from '../../kit/schema/federated-schema';
import type { GridsContext } from './context';
import type { GridsLoaders } from './loaders';
import { RESIDENT_READERS } from './roles';

/**
 * `__resolveReference` through the request's by-id loader: N references, one statement; unknown
 * ids → null. With `roles`, only those roles may resolve the type at all (as its own queries require).
 */
function byId(loader: (loaders: GridsLoaders) => DataLoader<string, unknown>, roles?: readonly Role[]) {
  return {
    __resolveReference: (reference: { id: string }, { loaders, viewer }: GridsContext) => {
      if (roles && !hasAnyRole(viewer, roles)) throw new ForbiddenError(`Requires one of the roles ${roles.join(', ')}`);
      return loader(loaders).load(reference.id);
    },
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
  Resident: byId((loaders) => loaders.residentById, RESIDENT_READERS),
  Grid: byId((loaders) => loaders.gridById),
  GridWorker: byId((loaders) => loaders.gridWorkerById),
  GridEvent: byId((loaders) => loaders.gridEventById),
  Department: byId((loaders) => loaders.departmentById),
};

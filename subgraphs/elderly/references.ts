import type DataLoader from 'dataloader';
import { hasAnyRole } from '../../kit/auth/viewer';
import type { ReferenceResolvers } from '../../kit/schema/federated-schema';
import type { ElderlyContext } from './context';
import type { ElderlyLoaders } from './loaders';
import { PROFILE_VIEWERS } from './roles';

/** `__resolveReference` through the request's by-id loader: N references, one statement; unknown ids → null. */
function byId(loader: (loaders: ElderlyLoaders) => DataLoader<string, unknown>) {
  return {
    __resolveReference: (reference: { id: string }, { loaders }: ElderlyContext) => loader(loaders).load(reference.id),
  };
}

/** A grids entity elderly only adds fields to: the representation is all it needs, so resolving it costs no statement. */
const stub = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};

/** Every entity type the elderly subgraph resolves by `@key(fields: "id")`: its own and the grids stubs. */
export const elderlyReferences: ReferenceResolvers = {
  ServicePoint: byId((loaders) => loaders.pointById),
  // Which residents are elders is for the people who serve them; BI and partner agencies get null.
  ElderProfile: {
    __resolveReference: (reference: { id: string }, { loaders, viewer }: ElderlyContext) =>
      hasAnyRole(viewer, PROFILE_VIEWERS) ? loaders.profileById.load(reference.id) : null,
  },
  MealOrder: byId((loaders) => loaders.orderById),
  District: stub,
  Subdistrict: stub,
  Community: stub,
  Household: stub,
  Resident: stub,
};

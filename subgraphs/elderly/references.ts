import { contributedReference, ownedReference, type ReferenceResolvers } from '../../kit/schema/entity-references';
import { ORDER_ACCESS, PROFILE_ACCESS, PUBLIC_ACCESS } from './access';
import type { ElderlyContext } from './context';

/**
 * Every entity type the elderly subgraph resolves by `@key(fields: "id")`: its own under the rules
 * in `access.ts`, and the grids entities it only adds fields to.
 */
export const elderlyReferences: ReferenceResolvers = {
  ServicePoint: ownedReference(({ loaders }: ElderlyContext) => loaders.pointById, PUBLIC_ACCESS),
  ElderProfile: ownedReference(({ loaders }: ElderlyContext) => loaders.profileById, PROFILE_ACCESS),
  MealOrder: ownedReference(({ loaders }: ElderlyContext) => loaders.orderById, ORDER_ACCESS),
  District: contributedReference(),
  Subdistrict: contributedReference(),
  Community: contributedReference(),
  Household: contributedReference(),
  Resident: contributedReference(),
};

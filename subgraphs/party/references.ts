import type DataLoader from 'dataloader';
import type { ReferenceResolvers } from '../../kit/schema/federated-schema';
import type { PartyContext } from './context';
import type { PartyLoaders } from './loaders';

/** `__resolveReference` through the request's by-id loader: N references, one statement; unknown ids → null. */
function byId(loader: (loaders: PartyLoaders) => DataLoader<string, unknown>) {
  return {
    __resolveReference: (reference: { id: string }, { loaders }: PartyContext) => loader(loaders).load(reference.id),
  };
}

/**
 * A grids entity party only adds fields to: the representation is all it needs (the contributed
 * fields load by id through batched loaders), so resolving it costs no statement.
 */
const stub = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};

/** Every entity type the party subgraph resolves by `@key(fields: "id")`: its own and the grids stubs. */
export const partyReferences: ReferenceResolvers = {
  PartyOrganization: byId((loaders) => loaders.organizationById),
  PartyMember: byId((loaders) => loaders.memberById),
  CentralHousehold: byId((loaders) => loaders.centralHouseholdById),
  ServicePost: byId((loaders) => loaders.postById),
  Subdistrict: stub,
  Community: stub,
  Compound: stub,
  Building: stub,
  Household: stub,
  Resident: stub,
};

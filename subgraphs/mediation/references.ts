import type DataLoader from 'dataloader';
import type { ReferenceResolvers } from '../../kit/schema/federated-schema';
import type { MediationContext } from './context';
import type { MediationLoaders } from './loaders';
import { maySeeCase } from './personal';

/** `__resolveReference` through the request's by-id loader: N references, one statement; unknown ids → null. */
function byId(loader: (loaders: MediationLoaders) => DataLoader<string, unknown>) {
  return {
    __resolveReference: (reference: { id: string }, { loaders }: MediationContext) => loader(loaders).load(reference.id),
  };
}

/**
 * A grids entity mediation only adds fields to: the representation is all it needs (the
 * contributed fields load by id through batched loaders), so resolving it costs no statement.
 */
const stub = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};

/** Every entity type the mediation subgraph resolves by `@key(fields: "id")`: its own and the grids stubs. */
export const mediationReferences: ReferenceResolvers = {
  // A case is resolved only for who may see it, as in the `mediationCase` query.
  MediationCase: {
    __resolveReference: async (reference: { id: string }, context: MediationContext) => {
      const kase = await context.loaders.caseById.load(reference.id);
      return kase && (await maySeeCase(context, kase)) ? kase : null;
    },
  },
  MediationTeam: byId((loaders) => loaders.teamById),
  Mediator: byId((loaders) => loaders.mediatorById),
  DisputeLead: byId((loaders) => loaders.leadById),
  GridEvent: stub,
  District: stub,
  Subdistrict: stub,
  Community: stub,
  Resident: stub,
};

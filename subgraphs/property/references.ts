import type DataLoader from 'dataloader';
import type { Place } from '../../kit/auth/viewer';
import type { ReferenceResolvers } from '../../kit/schema/federated-schema';
import type { PropertyContext } from './context';
import type { PropertyLoaders } from './loaders';
import { canRead } from './scope';

/** `__resolveReference` through the request's by-id loader: N references, one statement; unknown ids → null. */
function byId(loader: (loaders: PropertyLoaders) => DataLoader<string, unknown>) {
  return {
    __resolveReference: (reference: { id: string }, { loaders }: PropertyContext) => loader(loaders).load(reference.id),
  };
}

/** As `byId`, for rows that sit in the territory: null outside the viewer's scope, as in every list. */
function scopedById(loader: (loaders: PropertyLoaders) => DataLoader<string, Place | null>) {
  return {
    __resolveReference: async (reference: { id: string }, context: PropertyContext) => {
      const row = await loader(context.loaders).load(reference.id);
      return row && canRead(context, row) ? row : null;
    },
  };
}

/** A grids entity property only adds fields to: the representation is all it needs. */
const stub = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};

/** Every entity type the property subgraph resolves by `@key(fields: "id")`: its own and the grids stubs. */
export const propertyReferences: ReferenceResolvers = {
  PropertyCompany: byId((loaders) => loaders.companyById),
  OwnersCommittee: scopedById((loaders) => loaders.committeeById),
  JointMeeting: scopedById((loaders) => loaders.meetingById),
  AgendaItem: scopedById((loaders) => loaders.itemById),
  FollowUpTask: scopedById((loaders) => loaders.taskById),
  Suggestion: scopedById((loaders) => loaders.suggestionById),
  SatisfactionSurvey: scopedById((loaders) => loaders.surveyById),
  Subdistrict: stub,
  Community: stub,
  Compound: stub,
  Resident: stub,
  GridEvent: stub,
};

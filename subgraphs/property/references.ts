import { contributedReference, ownedReference, type ReferenceResolvers } from '../../kit/schema/entity-references';
import { PUBLIC_ACCESS, ROW_ACCESS } from './access';
import type { PropertyContext } from './context';

/**
 * Every entity type the property subgraph resolves by `@key(fields: "id")`: its own under the rules
 * in `access.ts`, and the grids entities it only adds fields to.
 */
export const propertyReferences: ReferenceResolvers = {
  PropertyCompany: ownedReference(({ loaders }: PropertyContext) => loaders.companyById, PUBLIC_ACCESS),
  OwnersCommittee: ownedReference(({ loaders }: PropertyContext) => loaders.committeeById, ROW_ACCESS),
  JointMeeting: ownedReference(({ loaders }: PropertyContext) => loaders.meetingById, ROW_ACCESS),
  AgendaItem: ownedReference(({ loaders }: PropertyContext) => loaders.itemById, ROW_ACCESS),
  FollowUpTask: ownedReference(({ loaders }: PropertyContext) => loaders.taskById, ROW_ACCESS),
  Suggestion: ownedReference(({ loaders }: PropertyContext) => loaders.suggestionById, ROW_ACCESS),
  SatisfactionSurvey: ownedReference(({ loaders }: PropertyContext) => loaders.surveyById, ROW_ACCESS),
  Subdistrict: contributedReference(),
  Community: contributedReference(),
  Compound: contributedReference(),
  Resident: contributedReference(),
  GridEvent: contributedReference(),
};

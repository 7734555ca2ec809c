import { contributedReference, ownedReference, type ReferenceResolvers } from '../../kit/schema/entity-references';
import { CASE_ACCESS, LEAD_ACCESS, MEDIATOR_ACCESS, TEAM_ACCESS } from './access';
import type { MediationContext } from './context';

/**
 * Every entity type the mediation subgraph resolves by `@key(fields: "id")`: its own under the rules
 * in `access.ts`, and the grids entities it only adds fields to.
 */
export const mediationReferences: ReferenceResolvers = {
  MediationCase: ownedReference(({ loaders }: MediationContext) => loaders.caseById, CASE_ACCESS),
  MediationTeam: ownedReference(({ loaders }: MediationContext) => loaders.teamById, TEAM_ACCESS),
  Mediator: ownedReference(({ loaders }: MediationContext) => loaders.mediatorById, MEDIATOR_ACCESS),
  DisputeLead: ownedReference(({ loaders }: MediationContext) => loaders.leadById, LEAD_ACCESS),
  GridEvent: contributedReference(),
  District: contributedReference(),
  Subdistrict: contributedReference(),
  Community: contributedReference(),
  Resident: contributedReference(),
};

import { contributedReference, ownedReference, type ReferenceResolvers } from '../../kit/schema/entity-references';
import { CENTRAL_HOUSEHOLD_ACCESS, MEMBER_ACCESS, PUBLIC_ACCESS } from './access';
import type { PartyContext } from './context';

/**
 * Every entity type the party subgraph resolves by `@key(fields: "id")`: its own under the rules in
 * `access.ts`, and the grids entities it only adds fields to.
 */
export const partyReferences: ReferenceResolvers = {
  PartyOrganization: ownedReference(({ loaders }: PartyContext) => loaders.organizationById, PUBLIC_ACCESS),
  PartyMember: ownedReference(({ loaders }: PartyContext) => loaders.memberById, MEMBER_ACCESS),
  CentralHousehold: ownedReference(({ loaders }: PartyContext) => loaders.centralHouseholdById, CENTRAL_HOUSEHOLD_ACCESS),
  ServicePost: ownedReference(({ loaders }: PartyContext) => loaders.postById, PUBLIC_ACCESS),
  Subdistrict: contributedReference(),
  Community: contributedReference(),
  Compound: contributedReference(),
  Building: contributedReference(),
  Household: contributedReference(),
  Resident: contributedReference(),
  Grid: contributedReference(),
};

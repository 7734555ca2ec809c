import type { EntityAccess } from '../../kit/auth/entity-access';
import { ALL_ROLES } from '../../kit/auth/role';
import type { CentralHousehold } from './central-household/central-household.entity';
import type { PartyMember } from './member/member.entity';
import { PARTY_MEMBER_READERS } from './roles';

/**
 * Who reads which rows of the party subgraph, by id — through its single-item query, through
 * `_entities` and where another row points at them:
 *
 * | type                            | roles                                   | scope            |
 * |---------------------------------|-----------------------------------------|------------------|
 * | PartyOrganization, ServicePost  | every signed-in role                    | all (public)     |
 * | PartyMember, CentralHousehold   | all but BI analyst and partner agency   | their territory  |
 *
 * Which resident or household a member is stays hidden even then, unless `PARTY_PERSONAL_ROLES`.
 */
export const PUBLIC_ACCESS: EntityAccess<unknown> = { roles: ALL_ROLES };

export const MEMBER_ACCESS: EntityAccess<PartyMember> = { roles: PARTY_MEMBER_READERS, place: (member) => member };

export const CENTRAL_HOUSEHOLD_ACCESS: EntityAccess<CentralHousehold> = { roles: PARTY_MEMBER_READERS, place: (central) => central };

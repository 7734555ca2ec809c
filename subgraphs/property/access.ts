import type { EntityAccess } from '../../kit/auth/entity-access';
import { ALL_ROLES } from '../../kit/auth/role';
import type { Place } from '../../kit/auth/viewer';
import { PROPERTY_READERS } from './roles';

/**
 * Who reads which rows of the property subgraph, by id — through its single-item queries, through
 * `_entities` and where another row points at them:
 *
 * | type                                                        | roles               | scope           |
 * |-------------------------------------------------------------|---------------------|-----------------|
 * | PropertyCompany                                             | every signed-in role | all (public)    |
 * | OwnersCommittee, JointMeeting, AgendaItem, FollowUpTask,     | `PROPERTY_READERS`  | their territory |
 * | Suggestion, SatisfactionSurvey                               |                     |                 |
 *
 * BI analysts and partner agencies read `propertyStats` (counts), not rows. Which resident raised a
 * suggestion or sits for the residents stays hidden even then, unless `PROPERTY_PERSONAL_ROLES`.
 */
export const PUBLIC_ACCESS: EntityAccess<unknown> = { roles: ALL_ROLES };

/** Every property row carries its subdistrict, community and (where it has one) compound. */
export const ROW_ACCESS: EntityAccess<Place> = { roles: PROPERTY_READERS, place: (row) => row };

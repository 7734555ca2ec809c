import type { EntityAccess } from '../../kit/auth/entity-access';
import { ALL_ROLES } from '../../kit/auth/role';
import type { ElderProfile } from './elder-profile/elder-profile.entity';
import type { MealOrder } from './meal-order/meal-order.entity';
import { POINT_OPERATORS, PROFILE_VIEWERS } from './roles';

/**
 * Who reads which rows of the elderly subgraph, by id — through its single-item query and through
 * `_entities`:
 *
 * | type          | roles                                            | scope            |
 * |---------------|--------------------------------------------------|------------------|
 * | ServicePoint  | every signed-in role                             | all (public)     |
 * | ElderProfile  | territorial staff and point operators (not BI)   | all; health fields masked outside the carers' scope |
 * | MealOrder     | point managers and operators                     | the point's community |
 */
export const PUBLIC_ACCESS: EntityAccess<unknown> = { roles: ALL_ROLES };

export const PROFILE_ACCESS: EntityAccess<ElderProfile> = { roles: PROFILE_VIEWERS };

export const ORDER_ACCESS: EntityAccess<MealOrder> = { roles: POINT_OPERATORS, place: (order) => order };

import type { Role } from '../../../kit/auth/role';
import { POINT_OPERATORS } from '../roles';
import { MealOrderStatus } from './meal-order.entity';

export enum MealOrderCommand {
  CANCEL = 'CANCEL',
}

/** The one transition table of a meal order: `status × command → next status` with the roles allowed. */
export const MEAL_ORDER_TRANSITIONS: Readonly<Record<MealOrderStatus, Partial<Record<MealOrderCommand, { to: MealOrderStatus; roles: readonly Role[] }>>>> = {
  [MealOrderStatus.PLACED]: { [MealOrderCommand.CANCEL]: { to: MealOrderStatus.CANCELLED, roles: POINT_OPERATORS } },
  [MealOrderStatus.CANCELLED]: {},
};

import type { Role } from '../../../kit/auth/role';
import { TransitionTable, type Transition } from '../../../kit/lifecycle/transition-table';
import { POINT_OPERATORS } from '../roles';
import { MealOrderStatus } from './meal-order.entity';

export enum MealOrderCommand {
  CANCEL = 'CANCEL',
}

/** The one transition table of a meal order: `status × command → next status` with the roles allowed. */
export const MEAL_ORDER_LIFECYCLE = new TransitionTable<MealOrderStatus, MealOrderCommand, Transition<MealOrderStatus, MealOrderCommand> & { readonly roles: readonly Role[] }>('a meal order', 'status', [
  { from: MealOrderStatus.PLACED, command: MealOrderCommand.CANCEL, to: MealOrderStatus.CANCELLED, roles: POINT_OPERATORS },
]);

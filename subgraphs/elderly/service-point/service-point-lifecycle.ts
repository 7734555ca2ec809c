import { registerEnumType } from 'type-graphql';
import type { Role } from '../../../kit/auth/role';
import { TransitionTable, type Transition } from '../../../kit/lifecycle/transition-table';
import { POINT_MANAGERS } from '../roles';

/** Whether a point serves elders today (运营状态). */
export enum ServicePointStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ServicePointStatus, {
  name: 'ServicePointStatus',
  description: 'Whether a service point is serving (运营状态)',
  valuesConfig: { OPEN: { description: 'Open (运营中)' }, CLOSED: { description: 'Closed (已停业)' } },
});

/** What someone does to a point's status: each is one mutation, recorded in its history. */
export enum ServicePointCommand {
  REGISTER = 'REGISTER',
  OPEN = 'OPEN',
  CLOSE = 'CLOSE',
}
registerEnumType(ServicePointCommand, {
  name: 'ServicePointCommand',
  description: 'A status command on a service point, as recorded in its history (状态操作)',
  valuesConfig: {
    REGISTER: { description: 'Registered, open from the start (登记开业)' },
    OPEN: { description: 'Reopened (恢复运营)' },
    CLOSE: { description: 'Closed, with a reason (停业)' },
  },
});

export interface PointTransition extends Transition<ServicePointStatus, ServicePointCommand> {
  readonly roles: readonly Role[];
}

/**
 * The one transition table of a service point: `status × command → next status` with the roles
 * allowed. A pair not listed is refused as CONFLICT and changes nothing. REGISTER creates a point
 * and so has no row here.
 */
export const SERVICE_POINT_LIFECYCLE = new TransitionTable<ServicePointStatus, ServicePointCommand, PointTransition>('a service point', 'status', [
  { from: ServicePointStatus.OPEN, command: ServicePointCommand.CLOSE, to: ServicePointStatus.CLOSED, roles: POINT_MANAGERS },
  { from: ServicePointStatus.CLOSED, command: ServicePointCommand.OPEN, to: ServicePointStatus.OPEN, roles: POINT_MANAGERS },
]);

import type { FilterQuery } from '@mikro-orm/core';
import type { GridEvent } from './grid-event.entity';
import { GridEventState, OPEN_STATES } from './lifecycle';

/**
 * Overdue (超期): still open past the deadline to resolve, or dispatched and not answered by the
 * department's receiver within its response hours (报到超时). One definition for the `overdue`
 * field, the `where: { overdue }` filter and the stats.
 */
export function isOverdue(event: GridEvent, now: Date = new Date()): boolean {
  if (!OPEN_STATES.includes(event.state)) return false;
  if (event.deadlineAt.getTime() < now.getTime()) return true;
  return event.state === GridEventState.DISPATCHED && !!event.dispatchDeadlineAt && event.dispatchDeadlineAt.getTime() < now.getTime();
}

export function overdueFilter(now: Date = new Date()): FilterQuery<GridEvent> {
  return {
    $or: [
      { state: { $in: [...OPEN_STATES] }, deadlineAt: { $lt: now } },
      { state: GridEventState.DISPATCHED, dispatchDeadlineAt: { $lt: now } },
    ],
  };
}

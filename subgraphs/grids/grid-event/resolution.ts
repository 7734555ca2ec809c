import type { GridEvent } from './grid-event.entity';

/** What resolving an event sets besides its state (办结): what was done, when, whether late, the hours it took. */
export function applyResolution(event: GridEvent, resolution: string, now: Date): void {
  event.resolution = resolution;
  event.resolvedAt = now;
  event.resolvedLate = now > event.deadlineAt;
  event.hoursToResolve = Math.round(((now.getTime() - event.reportedAt.getTime()) / 3_600_000) * 100) / 100;
}

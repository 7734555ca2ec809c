import { periodDays, statsPeriod, type DayPeriod, type StatsPeriodArgs } from '../../../kit/stats/stats-period';

/** kit's one stats period (the twelve months up to the request's now by default, at most three years), in the days meals and visits are dated by. */
export function dayPeriod(args: StatsPeriodArgs, receivedAt: Date): DayPeriod {
  return periodDays(statsPeriod(args, receivedAt));
}

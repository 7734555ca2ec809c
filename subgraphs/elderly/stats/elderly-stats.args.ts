import { BadUserInputError } from '../../../kit/errors';
import { periodDays, statsPeriod, type DayPeriod, type StatsPeriodArgs } from '../../../kit/stats/stats-period';

/** Periods longer than this are refused: stats are for reporting periods (a month, a year). */
const MAX_PERIOD_DAYS = 3 * 366;

/** kit's one stats period (the twelve months up to the request's now by default), at most three years, in the days meals and visits are dated by. */
export function dayPeriod(args: StatsPeriodArgs, receivedAt: Date): DayPeriod {
  const period = statsPeriod(args, receivedAt);
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new BadUserInputError('period.to', `at most ${MAX_PERIOD_DAYS} days`, `period may span at most ${MAX_PERIOD_DAYS} days`);
  }
  return periodDays(period);
}

import { BadUserInputError } from '../../../kit/errors';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyStatsPeriod } from './elderly-stats.type';

/** Periods longer than this are refused: stats are for reporting periods (a month, a year). */
const MAX_PERIOD_DAYS = 3 * 366;

/** The period, checked: real days, `to` after `from`, at most three years. */
export function checkedPeriod(period: ElderlyStatsPeriod): ElderlyStatsPeriod {
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(period[field])) throw new BadUserInputError(`period.${field}`, 'date', `period.${field} is not a calendar date YYYY-MM-DD`);
  }
  if (!(period.from < period.to)) throw new BadUserInputError('period.to', 'after from', 'period.to must be after period.from');
  if (Date.parse(period.to) - Date.parse(period.from) > MAX_PERIOD_DAYS * 86_400_000) {
    throw new BadUserInputError('period.to', `at most ${MAX_PERIOD_DAYS} days`, `period may span at most ${MAX_PERIOD_DAYS} days`);
  }
  return period;
}

import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { BadUserInputError } from '../errors';

/** Named periods, counted in China time (UTC+8) up to the request's now. */
export enum StatsPreset {
  LAST_12_MONTHS = 'LAST_12_MONTHS',
  THIS_YEAR = 'THIS_YEAR',
  THIS_QUARTER = 'THIS_QUARTER',
  LAST_QUARTER = 'LAST_QUARTER',
  LAST_30_DAYS = 'LAST_30_DAYS',
}
registerEnumType(StatsPreset, {
  name: 'StatsPreset',
  description: 'A named period, in China time, up to now (统计区间预设)',
  valuesConfig: {
    LAST_12_MONTHS: { description: 'The twelve months up to now, the default (近12个月)' },
    THIS_YEAR: { description: 'From 1 January up to now (本年度)' },
    THIS_QUARTER: { description: 'From the first day of this quarter up to now (本季度)' },
    LAST_QUARTER: { description: 'The whole quarter before this one (上季度)' },
    LAST_30_DAYS: { description: 'The thirty days up to now (近30天)' },
  },
});

@InputType({ description: 'Period a statistic covers (统计区间): from inclusive and to exclusive, or a preset' })
export class StatsPeriod {
  @Field({ nullable: true, description: 'From, inclusive; with to, instead of a preset (起)' })
  from?: Date;

  @Field({ nullable: true, description: 'To, exclusive; after from (止)' })
  to?: Date;

  @Field(_type => StatsPreset, { nullable: true, description: 'A named period instead of from and to (预设区间)' })
  @IsOptional()
  @IsEnum(StatsPreset)
  preset?: StatsPreset;
}

/** The one `period` argument of a subgraph's `…Stats` fields, with the same default everywhere. */
@ArgsType()
export class StatsPeriodArgs {
  @Field(_type => StatsPeriod, { nullable: true, description: 'Period the figures cover; the twelve months up to now when omitted (统计区间)' })
  period?: StatsPeriod | null;
}

/** A period as the stats count it: from inclusive, to exclusive. */
export interface Period {
  readonly from: Date;
  readonly to: Date;
}

/** A period in whole days of China's calendar (YYYY-MM-DD): from inclusive, to exclusive, as day-dated rows are counted. */
export interface DayPeriod {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
/** China has one time zone and no daylight saving: calendar periods start at midnight UTC+8. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Midnight (China time) starting the given China-calendar year and month (0-based; may run below 0). */
function chinaMidnight(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1) - CHINA_OFFSET_MS);
}

function presetPeriod(preset: StatsPreset, now: Date): Period {
  const china = new Date(now.getTime() + CHINA_OFFSET_MS);
  const year = china.getUTCFullYear();
  const quarterMonth = Math.floor(china.getUTCMonth() / 3) * 3;
  switch (preset) {
    case StatsPreset.LAST_12_MONTHS:
      return { from: new Date(now.getTime() - YEAR_MS), to: now };
    case StatsPreset.THIS_YEAR:
      return { from: chinaMidnight(year, 0), to: now };
    case StatsPreset.THIS_QUARTER:
      return { from: chinaMidnight(year, quarterMonth), to: now };
    case StatsPreset.LAST_QUARTER:
      return { from: chinaMidnight(year, quarterMonth - 3), to: chinaMidnight(year, quarterMonth) };
    case StatsPreset.LAST_30_DAYS:
      return { from: new Date(now.getTime() - 30 * DAY_MS), to: now };
  }
}

/** Stats are for reporting periods (a month, a quarter, a year): a longer span is refused rather than scanned. */
export const MAX_PERIOD_YEARS = 3;

/** `from` moved on by whole calendar years (29 February lands on 1 March in a common year). */
function yearsAfter(from: Date, years: number): Date {
  const later = new Date(from.getTime());
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return later;
}

/**
 * The period asked for — from and to, or a preset — or the twelve months up to `now`: the
 * request's `receivedAt`, so every field of one request means the same period. BAD_USER_INPUT
 * naming the field when a preset comes with dates, one date comes alone, the period does not run
 * forwards, or it spans more than three years.
 */
export function statsPeriod({ period }: StatsPeriodArgs, now: Date): Period {
  if (period?.preset && (period.from || period.to)) {
    throw new BadUserInputError('period.preset', 'preset or dates', 'period takes either a preset or from and to, not both');
  }
  if (period && !period.preset && !(period.from && period.to)) {
    const missing = period.from ? 'period.to' : 'period.from';
    throw new BadUserInputError(missing, 'required', `${missing} is required unless period.preset is given`);
  }
  const { from, to } = period?.from && period.to ? { from: period.from, to: period.to } : presetPeriod(period?.preset ?? StatsPreset.LAST_12_MONTHS, now);
  if (!(to.getTime() > from.getTime())) throw new BadUserInputError('period.to', 'after from', 'period.to must come after period.from');
  if (to.getTime() > yearsAfter(from, MAX_PERIOD_YEARS).getTime()) {
    throw new BadUserInputError('period.to', `at most ${MAX_PERIOD_YEARS} years`, `period may span at most ${MAX_PERIOD_YEARS} years`);
  }
  return { from, to };
}

export function chinaDay(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The China-calendar days a period touches, for rows dated by day (services, meals, visits): the
 * day `from` falls in up to the last day starting before `to`, so the default period counts today.
 */
export function periodDays({ from, to }: Period): DayPeriod {
  return { from: chinaDay(from.getTime()), to: chinaDay(Date.parse(`${chinaDay(to.getTime() - 1)}T00:00:00Z`) + DAY_MS - CHINA_OFFSET_MS) };
}

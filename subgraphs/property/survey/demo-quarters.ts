import { demoId } from '../../../kit/demo/ids';
import { quarterStart } from './satisfaction-survey.input';

/** A quarter the demo surveys: its ordinal (1 the oldest), its period (2026-Q3) and first day. */
export interface DemoQuarter {
  readonly ordinal: number;
  readonly period: string;
  readonly startsOn: string;
}

/** Quarters surveyed in the demo year: the four latest that began before the seed's day. */
const QUARTERS = 4;

/**
 * The four quarters whose surveys the demo holds, oldest first: the last one began before
 * `seededOn` (YYYY-MM-DD), so every survey was opened in the twelve months before the seed ran.
 */
export function demoQuarters(seededOn: string): DemoQuarter[] {
  const year = Number(seededOn.slice(0, 4));
  let index = year * 4 + Math.floor((Number(seededOn.slice(5, 7)) - 1) / 3);
  if (quarterStart(periodOf(index)) >= seededOn) index -= 1;
  return Array.from({ length: QUARTERS }, (_, back) => {
    const period = periodOf(index - (QUARTERS - 1 - back));
    return { ordinal: back + 1, period, startsOn: quarterStart(period) };
  });
}

function periodOf(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** A compound's survey of a demo quarter: numbered by ordinal, so ids stay the same whatever day the seed runs. */
export function demoSurveyId(compoundId: string, quarter: DemoQuarter): string {
  return demoId([compoundId, 'survey', String(quarter.ordinal)]);
}

/**
 * Every rate in the API (disposal rate, coverage, compliance, satisfaction …): `part / whole`
 * rounded to four decimal places (98.74% reads 0.9874, as the seeds print it), `null` when there
 * is nothing to divide by, so "no events" is never shown as "0% disposed".
 */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

import { MAX_BUCKETS, StatsInterval, statsBuckets } from './stats-interval';

const iso = (buckets: { start: Date; end: Date }[]) => buckets.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

describe('statsBuckets (China time, UTC+8)', () => {
  // 2026-01-30 10:00 UTC is 30 January 18:00 in China; 2026-04-02 17:00 UTC is 3 April 01:00.
  const period = { from: new Date('2026-01-30T10:00:00Z'), to: new Date('2026-04-02T17:00:00Z') };

  it('months start at China midnight on the 1st; the first and last are cut at the period', () => {
    expect(iso(statsBuckets(period, StatsInterval.MONTH))).toEqual([
      ['2026-01-30T10:00:00.000Z', '2026-01-31T16:00:00.000Z'],
      ['2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
      ['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
      ['2026-03-31T16:00:00.000Z', '2026-04-02T17:00:00.000Z'],
    ]);
  });

  it('quarters start on 1 January, April, July and October', () => {
    expect(iso(statsBuckets(period, StatsInterval.QUARTER))).toEqual([
      ['2026-01-30T10:00:00.000Z', '2026-03-31T16:00:00.000Z'],
      ['2026-03-31T16:00:00.000Z', '2026-04-02T17:00:00.000Z'],
    ]);
  });

  it('weeks start on Monday in China: 1 February 2026 is a Sunday, 2 February a Monday', () => {
    const buckets = statsBuckets(period, StatsInterval.WEEK);
    expect(iso(buckets.slice(0, 2))).toEqual([
      ['2026-01-30T10:00:00.000Z', '2026-02-01T16:00:00.000Z'],
      ['2026-02-01T16:00:00.000Z', '2026-02-08T16:00:00.000Z'],
    ]);
    // 30 Jan – 3 Apr: the partial week to 1 Feb, eight whole weeks to 29 Mar, then 30 Mar – 3 Apr.
    expect(buckets).toHaveLength(10);
  });

  it('days: 30 January to 3 April 2026 touches 2 + 28 + 31 + 3 = 64 days', () => {
    const buckets = statsBuckets(period, StatsInterval.DAY);
    expect(buckets).toHaveLength(64);
    expect(iso(buckets.slice(0, 1))).toEqual([['2026-01-30T10:00:00.000Z', '2026-01-30T16:00:00.000Z']]);
  });

  it('buckets tile the period: each starts where the one before ends', () => {
    for (const interval of Object.values(StatsInterval)) {
      const buckets = statsBuckets(period, interval);
      expect(buckets[0].start).toEqual(period.from);
      expect(buckets[buckets.length - 1].end).toEqual(period.to);
      buckets.slice(1).forEach((bucket, index) => expect(bucket.start).toEqual(buckets[index].end));
    }
  });

  it(`refuses more than ${MAX_BUCKETS} buckets, naming interval`, () => {
    const twoYears = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') };
    expect(() => statsBuckets(twoYears, StatsInterval.DAY)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'interval' }) }),
    );
    expect(statsBuckets(twoYears, StatsInterval.WEEK).length).toBeLessThan(MAX_BUCKETS);
  });
});

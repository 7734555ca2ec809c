import { GraphQLError } from 'graphql';
import { periodDays, statsPeriod, StatsPreset } from './stats-period';

describe('statsPeriod', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('is the twelve months up to now when none is asked for', () => {
    expect(statsPeriod({}, now)).toEqual({ from: new Date('2025-11-27T10:00:00Z'), to: now });
    expect(statsPeriod({ period: null }, now)).toEqual({ from: new Date('2025-11-27T10:00:00Z'), to: now });
  });

  it('keeps a period that runs forwards', () => {
    const period = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-07-01T00:00:00Z') };
    expect(statsPeriod({ period }, now)).toEqual(period);
  });

  it('refuses one that ends where or before it starts, naming period.to', () => {
    const at = new Date('2025-01-01T00:00:00Z');
    expect(() => statsPeriod({ period: { from: at, to: at } }, now)).toThrow(GraphQLError);
    expect(() => statsPeriod({ period: { from: at, to: new Date('2024-12-31T00:00:00Z') } }, now)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period.to' }) }),
    );
  });
});

describe('statsPeriod presets (China time, UTC+8)', () => {
  // 2026-11-27 18:00 UTC is already 28 November in China.
  const now = new Date('2026-11-27T18:00:00Z');

  it.each([
    ['LAST_12_MONTHS', '2025-11-27T18:00:00Z', '2026-11-27T18:00:00Z'],
    ['THIS_YEAR', '2025-12-31T16:00:00Z', '2026-11-27T18:00:00Z'],
    ['THIS_QUARTER', '2026-09-30T16:00:00Z', '2026-11-27T18:00:00Z'],
    ['LAST_QUARTER', '2026-06-30T16:00:00Z', '2026-09-30T16:00:00Z'],
    ['LAST_30_DAYS', '2026-10-28T18:00:00Z', '2026-11-27T18:00:00Z'],
  ] as const)('%s', (preset, from, to) => {
    expect(statsPeriod({ period: { preset: preset as StatsPreset } }, now)).toEqual({ from: new Date(from), to: new Date(to) });
  });

  it('the first quarter’s last quarter is the year before’s fourth', () => {
    expect(statsPeriod({ period: { preset: StatsPreset.LAST_QUARTER } }, new Date('2026-02-10T00:00:00Z'))).toEqual({
      from: new Date('2025-09-30T16:00:00Z'),
      to: new Date('2025-12-31T16:00:00Z'),
    });
  });

  it.each([
    ['a preset with dates', { preset: StatsPreset.THIS_YEAR, from: new Date('2026-01-01T00:00:00Z') }, 'period.preset'],
    ['from alone', { from: new Date('2026-01-01T00:00:00Z') }, 'period.to'],
    ['to alone', { to: new Date('2026-01-01T00:00:00Z') }, 'period.from'],
  ])('refuses %s, naming the field', (_case, period, field) => {
    expect(() => statsPeriod({ period }, now)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }));
  });
});

describe('periodDays (China calendar)', () => {
  it('counts the day of from up to the last day starting before to', () => {
    // 2026-11-27T18:00Z is 28 November 02:00 in China: the 28th has started, so it counts.
    expect(periodDays({ from: new Date('2025-11-27T18:00:00Z'), to: new Date('2026-11-27T18:00:00Z') })).toEqual({ from: '2025-11-28', to: '2026-11-29' });
    // China midnights give exactly the days between.
    expect(periodDays({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-06-30T16:00:00Z') })).toEqual({ from: '2026-01-01', to: '2026-07-01' });
  });
});

describe('statsPeriod: at most three years', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('keeps exactly three calendar years, across a leap day', () => {
    const period = { from: new Date('2023-03-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') };
    expect(statsPeriod({ period }, now)).toEqual(period);
  });

  it('refuses a second more, naming period.to', () => {
    const period = { from: new Date('2023-03-01T00:00:00Z'), to: new Date('2026-03-01T00:00:01Z') };
    expect(() => statsPeriod({ period }, now)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period.to' }) }));
  });
});

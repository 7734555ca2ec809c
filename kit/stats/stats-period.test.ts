import { GraphQLError } from 'graphql';
import { statsPeriod } from './stats-period';

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

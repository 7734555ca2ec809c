import { isCalendarDate, todayUtc } from './calendar-date';

describe('isCalendarDate', () => {
  it('accepts real days and refuses impossible or malformed ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('1.7.2001')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-4-01')).toBe(false);
    expect(isCalendarDate('20250401')).toBe(false);
  });

  it('reads today in UTC', () => {
    expect(todayUtc(new Date('2025-06-30T23:30:00-02:00'))).toBe('2025-07-01');
  });
});

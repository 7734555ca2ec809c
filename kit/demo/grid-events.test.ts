import { demoEventsWindow, demoGridEvents } from './grid-events';
import { generateTerritory } from './territory';

const DAY = 86_400_000;

describe('demo grid events', () => {
  const tiny = generateTerritory('tiny');

  test('lie in the twelve months before the day seeded, the last 30 days included; ids do not move with the day', () => {
    for (const seededOn of ['2026-01-01', '2026-11-27']) {
      const { from, to } = demoEventsWindow(seededOn);
      expect(to.toISOString()).toBe(`${seededOn}T00:00:00.000Z`);
      const events = [...demoGridEvents(tiny, seededOn)];
      const times = events.flatMap(event => event.transitions.map(transition => (transition.at as Date).getTime()));
      expect(Math.min(...times)).toBeGreaterThanOrEqual(from.getTime());
      expect(Math.max(...times)).toBeLessThan(to.getTime());
      expect(events.filter(event => event.row.reportedAt.getTime() >= to.getTime() - 30 * DAY).length).toBeGreaterThan(0);
    }
    const ids = (seededOn: string) => [...demoGridEvents(tiny, seededOn)].map(event => event.row.id);
    expect(ids('2026-01-01')).toEqual(ids('2026-11-27'));
  });

  test('at demo scale, disposal and rectification land near the seeds’ 98.74% and 90.59%', () => {
    const events = [...demoGridEvents(generateTerritory('demo'), '2026-11-27')].map(event => event.row);
    const disposed = events.filter(row => row.resolvedAt).length;
    const findings = events.filter(row => row.source === 'INSPECTION');
    const rectified = findings.filter(row => row.resolvedAt).length;
    expect(disposed / events.length).toBeGreaterThan(0.975);
    expect(findings.length / events.length).toBeGreaterThan(0.04);
    expect(rectified / findings.length).toBeGreaterThan(0.87);
    expect(rectified / findings.length).toBeLessThan(0.94);
  });
});

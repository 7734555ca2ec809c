import { demoDepartments, demoEventCategories, demoGridEvents } from '../../../kit/demo/grid-events';
import type { BulkInserter } from '../../../kit/demo/seed-runner';
import type { DemoTerritory } from '../../../kit/demo/types';
import { Department } from '../department/department.entity';
import { EventCategory } from './event-category.entity';
import { GridEvent } from './grid-event.entity';
import { GridEventTransition } from './grid-event-transition.entity';

export { categoryId, demoEventsWindow, departmentId, receiverOf } from '../../../kit/demo/grid-events';

/**
 * Writes the event catalogue, the departments and the half-year of demo grid events that kit's
 * deterministic generator lays over the territory (the same ids every subgraph derives from it).
 */
export async function seedGridEvents(rows: BulkInserter, territory: DemoTerritory): Promise<void> {
  for (const category of demoEventCategories()) await rows.add(EventCategory, category);
  for (const department of demoDepartments(territory)) await rows.add(Department, department);
  await rows.flush();
  for (const event of demoGridEvents(territory)) {
    await rows.add(GridEvent, event.row);
    for (const transition of event.transitions) await rows.add(GridEventTransition, transition);
  }
  await rows.flush();
}

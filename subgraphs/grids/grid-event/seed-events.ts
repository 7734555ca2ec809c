import {
  categoryId, demoGridEvents, departmentId, DISTRICT_DEPARTMENTS, EVENT_CATEGORIES, receiverOf, SUBDISTRICT_DEPARTMENTS,
} from '../../../kit/demo/grid-events';
import type { BulkInserter } from '../../../kit/demo/seed-runner';
import type { DemoTerritory } from '../../../kit/demo/types';
import { Department } from '../department/department.entity';
import { EventCategory } from './event-category.entity';
import { GridEvent } from './grid-event.entity';
import { GridEventTransition } from './grid-event-transition.entity';


/**
 * Writes the event catalogue, the departments and the demo half-year of grid events over the
 * territory (kit/demo/grid-events.ts).
 */
export async function seedGridEvents(rows: BulkInserter, territory: DemoTerritory): Promise<void> {
  for (const { weight: _weight, ...category } of EVENT_CATEGORIES) await rows.add(EventCategory, { id: categoryId(category.code), ...category });
  const district = territory.district;
  for (const spec of DISTRICT_DEPARTMENTS) {
    const id = departmentId(district.code, spec.kind);
    await rows.add(Department, departmentRow(id, `${district.code}-${spec.kind}`, `${district.name}${spec.name}`, district.id, null, spec.categories));
  }
  for (const subdistrict of territory.subdistricts) {
    for (const spec of SUBDISTRICT_DEPARTMENTS) {
      const code = `${subdistrict.code}-${spec.kind}`;
      await rows.add(Department, departmentRow(departmentId(subdistrict.code, spec.kind), code, `${subdistrict.name}${spec.name}`, district.id, subdistrict.id, spec.categories));
    }
  }
  await rows.flush();

  for (const event of demoGridEvents(territory)) {
    await rows.add(GridEvent, event.row);
    for (const transition of event.transitions) await rows.add(GridEventTransition, transition);
  }
  await rows.flush();
}

function departmentRow(id: string, code: string, name: string, districtId: string, subdistrictId: string | null, categories: readonly string[]) {
  return {
    id, code, name, districtId, subdistrictId,
    categoryCodes: [...categories],
    receivers: [{ subjectId: receiverOf(code), name: `${name}接哨员` }],
    responseHours: 4,
  };
}

import { generateTerritory } from '../../../kit/demo/territory';
import { planPoints } from '../seed';
import { ServicePointKind } from '../service-point/service-point.entity';

test("the demo district gets seed 001's points per 105 communities, happiness homes only in villages", () => {
  const territory = generateTerritory('demo');
  const plan = planPoints(territory);
  const count = (kind: ServicePointKind) => [...plan.values()].flat().filter((planned) => planned === kind).length;
  const communities = territory.communities.length;
  const villages = territory.communities.filter((community) => community.kind === 'VILLAGE');
  // Xingqing (seed 001): 105 activity centres, 47 meal points, 31 happiness homes, 23 day-care centres.
  expect(count(ServicePointKind.ACTIVITY_CENTER)).toBe(communities);
  expect(count(ServicePointKind.MEAL_POINT)).toBe(Math.round((47 * communities) / 105));
  expect(count(ServicePointKind.DAY_CARE_CENTER)).toBe(Math.round((23 * communities) / 105));
  expect(count(ServicePointKind.HAPPINESS_HOME)).toBe(Math.min(villages.length, Math.round((31 * communities) / 105)));
  const homes = [...plan.entries()].filter(([, kinds]) => kinds.includes(ServicePointKind.HAPPINESS_HOME)).map(([id]) => id);
  expect(homes.every((id) => villages.some((village) => village.id === id))).toBe(true);
  expect(count(ServicePointKind.CANTEEN)).toBe(territory.subdistricts.length);
});

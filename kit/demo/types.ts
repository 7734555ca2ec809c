/**
 * The shapes the demo generator produces. Field names match the entities of the `grids` subgraph,
 * which maps them across one to one; the other subgraphs keep only the ids.
 */

/** Size preset: `tiny` for tests, `demo` for `npm start`, `city` (Datong's size) for benchmarks. */
export type Scale = 'tiny' | 'demo' | 'city';

/** District (区). */
export interface DemoDistrict {
  id: string;
  code: string;
  name: string;
}

/** Subdistrict or township (街道 / 乡镇). */
export interface DemoSubdistrict {
  id: string;
  code: string;
  name: string;
  kind: 'URBAN_SUBDISTRICT' | 'TOWNSHIP';
  districtId: string;
}

/** Urban community or village (社区 / 村). */
export interface DemoCommunity {
  id: string;
  code: string;
  name: string;
  kind: 'URBAN_COMMUNITY' | 'VILLAGE';
  subdistrictId: string;
  districtId: string;
}

/** Residential compound (小区); in a village, a villagers' group (村民小组). */
export interface DemoCompound {
  id: string;
  code: string;
  name: string;
  communityId: string;
  subdistrictId: string;
  latitude: number;
  longitude: number;
}

/** Grid (网格). Dedicated grids (专属网格: a school, a market) cover no buildings. */
export interface DemoGrid {
  id: string;
  code: string;
  name: string;
  kind: 'URBAN' | 'RURAL' | 'DEDICATED';
  communityId: string;
  subdistrictId: string;
  compoundIds: string[];
  buildingIds: string[];
}

/** Building (楼栋); in a village, a row of courtyard houses. Every room is one household. */
export interface DemoBuilding {
  id: string;
  code: string;
  /** the number residents use, e.g. `48` in the address `48-2-604` */
  number: string;
  compoundId: string;
  communityId: string;
  subdistrictId: string;
  gridId: string;
  units: number;
  floors: number;
  roomsPerFloor: number;
  latitude: number;
  longitude: number;
}

/** Household (户), addressed building-unit-room. */
export interface DemoHousehold {
  id: string;
  code: string;
  buildingId: string;
  compoundId: string;
  communityId: string;
  subdistrictId: string;
  gridId: string;
  /** unit (单元), from 1 */
  unit: number;
  /** floor then two-digit room on the floor: `604` is floor 6, room 4 */
  room: string;
  /** `48-2-604` */
  address: string;
}

/** Resident (居民). All personal data is invented. */
export interface DemoResident {
  id: string;
  householdId: string;
  buildingId: string;
  compoundId: string;
  communityId: string;
  subdistrictId: string;
  gridId: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  /** `YYYY-MM-DD` */
  birthDate: string;
  /** unique per resident, except that children under 14 list the head's number */
  phone: string;
  /** valid GB 11643 number matching `birthDate` and `gender`; unique */
  nationalId: string;
  /** head of household (户主); the first resident of each household */
  isHead: boolean;
}

/** Grid worker (网格员) or grid leader (网格长). */
export interface DemoGridWorker {
  id: string;
  code: string;
  name: string;
  phone: string;
  role: 'GRID_LEADER' | 'GRID_WORKER';
  assignment: 'RESIDENT' | 'DISPATCHED';
  fullTime: boolean;
  gridId: string;
  communityId: string;
  subdistrictId: string;
  /** the households this worker keeps in touch with (联系户): 10–20, all in `gridId`; none for a dedicated grid */
  linkedHouseholdIds: string[];
}

/** A whole synthetic district. The top levels are arrays; households and residents are generated on demand. */
export interface DemoTerritory {
  scale: Scale;
  district: DemoDistrict;
  subdistricts: DemoSubdistrict[];
  communities: DemoCommunity[];
  compounds: DemoCompound[];
  buildings: DemoBuilding[];
  grids: DemoGrid[];
  /** lazily expands one building, in unit → floor → room order */
  households(building: DemoBuilding): Generator<DemoHousehold>;
  /** 2–3 residents (villages/older compounds may have 1–4), first is head */
  residents(household: DemoHousehold): Generator<DemoResident>;
  /** grid workers of a grid; each links 10–20 households of that grid (needs to expand some of the grid's buildings — deterministic) */
  gridWorkers(grid: DemoGrid): DemoGridWorker[];
}

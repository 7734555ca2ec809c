import { splitIntoGrids } from './grid-split';
import { pointInBox, pointNear } from './geo';
import { demoId } from './ids';
import { DEDICATED_SITES, chineseNumber } from './names';
import { IDENTITY_CAPACITY, MAX_HOUSEHOLD_SIZE, householdMembers, mobileNumber, personName } from './people';
import { PlaceNamer, planDistrict } from './places';
import { apportion, prngFor, type Prng } from './prng';
import { SCALES, type BuildingShape, type ScalePreset } from './scale';
import type {
  DemoBuilding,
  DemoCommunity,
  DemoCompound,
  DemoDistrict,
  DemoGrid,
  DemoGridWorker,
  DemoHousehold,
  DemoResident,
  DemoSubdistrict,
  DemoTerritory,
  Scale,
} from './types';

const DISTRICT = { code: '140213', name: '平城区' } as const;
const COMMUNITY_RADIUS_M = 500;
const BUILDING_RADIUS_M = 200;
/** Households each grid leader and worker links (联系户). */
const LINKED_HOUSEHOLDS = [10, 20] as const;
/** Grid workers of a rural grid: about five (seeds), an urban grid's one serving 250–400 households. */
const RURAL_WORKERS = [4, 6] as const;
/** Phone ordinals kept per grid: its leader and up to six workers. */
const STAFF_SLOTS = 8;

/** What the lazy expansions need to know about a building beyond its public fields. */
interface BuildingPlan {
  building: DemoBuilding;
  path: readonly string[];
  compoundCode: string;
  /** older compound or village: bigger spread of household sizes, more elderly heads */
  older: boolean;
  /** households in all buildings generated before this one: makes identity ordinals unique */
  householdOffset: number;
}

interface GridPlan {
  path: readonly string[];
  /** position among the district's grids: makes grid workers' phone numbers unique */
  index: number;
  /** the community's first grid, where its grid leader sits */
  hasLeader: boolean;
  buildings: readonly BuildingPlan[];
}

const territories = new Map<Scale, DemoTerritory>();

/**
 * The synthetic district at `scale` (default `demo`). Deterministic: the same ids, names and numbers
 * on every run and machine, since every draw comes from a stream seeded by the entity's path.
 * The top levels are built once per scale and shared (they are frozen); households and residents
 * are generated on demand, building by building, so even `city` (≈2.29M residents) fits in memory.
 */
export function generateTerritory(scale: Scale = 'demo'): DemoTerritory {
  let territory = territories.get(scale);
  if (!territory) {
    territory = buildTerritory(scale, SCALES[scale]);
    territories.set(scale, territory);
  }
  return territory;
}

function buildTerritory(scale: Scale, preset: ScalePreset): DemoTerritory {
  const districtPath = [DISTRICT.name];
  const district: DemoDistrict = freeze({ id: demoId(districtPath), ...DISTRICT });
  // Choices that must see the whole district (unique names, exact totals) come from one stream.
  const rng = prngFor(districtPath, `plan:${scale}`);
  const namer = new PlaceNamer(rng);
  const plans = planDistrict(preset, rng, namer);
  const communityCount = plans.reduce((sum, subdistrict) => sum + subdistrict.communities.length, 0);
  const compoundCounts =
    preset.compoundsTotal === undefined
      ? undefined
      : apportion(rng, preset.compoundsTotal, communityCount, ...preset.compoundsPerCommunity);

  const subdistricts: DemoSubdistrict[] = [];
  const communities: DemoCommunity[] = [];
  const compounds: DemoCompound[] = [];
  const buildings: DemoBuilding[] = [];
  const grids: DemoGrid[] = [];
  const buildingPlans = new Map<string, BuildingPlan>();
  const gridPlans = new Map<string, GridPlan>();
  let householdCount = 0;
  // This shuffle once placed the dedicated grids; it stays so that every later draw of the stream
  // (compound names, hence compound and building ids) is as stored databases have it.
  rng.shuffle(plans.flatMap(plan => plan.communities).flatMap((community, index) => (community.kind === 'URBAN_COMMUNITY' ? [index] : [])));
  // Dedicated grids owed so far: DEDICATED_GRID_SHARE of all grids, handed to urban communities as their own grids accrue.
  let ordinaryGrids = 0;
  let dedicatedGrids = 0;
  const dedicatedOwed = () => Math.round((ordinaryGrids * preset.dedicatedGridShare) / (1 - preset.dedicatedGridShare)) - dedicatedGrids;

  plans.forEach((subdistrictPlan, subdistrictIndex) => {
    const subdistrictPath = [...districtPath, subdistrictPlan.name];
    const subdistrict: DemoSubdistrict = freeze({
      id: demoId(subdistrictPath),
      code: `${district.code}-${pad(subdistrictIndex + 1, 3)}`,
      name: subdistrictPlan.name,
      kind: subdistrictPlan.kind,
      districtId: district.id,
    });
    subdistricts.push(subdistrict);

    subdistrictPlan.communities.forEach((communityPlan, communityIndex) => {
      const communityPath = [...subdistrictPath, communityPlan.name];
      const community: DemoCommunity = freeze({
        id: demoId(communityPath),
        code: `${subdistrict.code}-${pad(communityIndex + 1, 3)}`,
        name: communityPlan.name,
        kind: communityPlan.kind,
        subdistrictId: subdistrict.id,
        districtId: district.id,
      });
      const isVillage = community.kind === 'VILLAGE';
      const communityRng = prngFor(communityPath, `compounds:${scale}`);
      const centre = pointInBox(communityRng, 0.004);
      const compoundTotal =
        compoundCounts?.[communities.length] ??
        Math.max(communityPlan.compounds.length, communityRng.int(...preset.compoundsPerCommunity));
      communities.push(community);
      let gridNumber = 0;
      const addGrid = (fields: Omit<DemoGrid, 'id' | 'code' | 'communityId' | 'subdistrictId'>, members: BuildingPlan[]): DemoGrid => {
        gridNumber++;
        const path = [...communityPath, `网格${pad(gridNumber, 2)}`];
        const grid: DemoGrid = {
          id: demoId(path),
          code: `G-${community.code}-${pad(gridNumber, 2)}`,
          communityId: community.id,
          subdistrictId: subdistrict.id,
          ...fields,
        };
        gridPlans.set(grid.id, { path, index: grids.length, hasLeader: gridNumber === 1, buildings: members });
        grids.push(grid);
        return grid;
      };

      for (let compoundIndex = 0; compoundIndex < compoundTotal; compoundIndex++) {
        const named = communityPlan.compounds[compoundIndex];
        // A village's "compounds" are its villagers' groups (村民小组).
        const older = isVillage || (named?.older ?? communityRng.chance(preset.olderShare));
        const name = isVillage
          ? namer.reserve(`${community.name}${chineseNumber(compoundIndex + 1)}组`)
          : (named?.name ?? namer.compound(older));
        const compoundPath = [...communityPath, name];
        const compound: DemoCompound = freeze({
          id: demoId(compoundPath),
          code: `${community.code}-${pad(compoundIndex + 1, 2)}`,
          name,
          communityId: community.id,
          subdistrictId: subdistrict.id,
          ...pointNear(communityRng, centre, COMMUNITY_RADIUS_M, true),
        });
        compounds.push(compound);

        const shape = isVillage ? preset.shapes.village : older ? preset.shapes.older : preset.shapes.newer;
        const compoundRng = prngFor(compoundPath, `buildings:${scale}`);
        const sizes = Array.from({ length: compoundRng.int(...preset.buildingsPerCompound) }, () => drawShape(compoundRng, shape));
        const groups = splitIntoGrids(sizes.map(size => size.units * size.floors * size.roomsPerFloor));
        groups.forEach((group, groupIndex) => {
          const members: BuildingPlan[] = [];
          const grid = addGrid(
            {
              name: groups.length === 1 ? `${compound.name}网格` : `${compound.name}第${chineseNumber(groupIndex + 1)}网格`,
              kind: isVillage ? 'RURAL' : 'URBAN',
              compoundIds: freeze([compound.id]),
              buildingIds: [],
            },
            members,
          );
          for (const buildingIndex of group) {
            const number = String(buildingIndex + 1);
            const path = [...compoundPath, `${number}号楼`];
            const size = sizes[buildingIndex];
            const building: DemoBuilding = freeze({
              id: demoId(path),
              code: `${compound.code}-B${number}`,
              number,
              compoundId: compound.id,
              communityId: community.id,
              subdistrictId: subdistrict.id,
              gridId: grid.id,
              ...size,
              ...pointNear(prngFor(path, 'location'), compound, BUILDING_RADIUS_M, false),
            });
            const plan = { building, path, compoundCode: compound.code, older, householdOffset: householdCount };
            householdCount += size.units * size.floors * size.roomsPerFloor;
            buildingPlans.set(building.id, plan);
            members.push(plan);
            buildings.push(building);
            grid.buildingIds.push(building.id);
          }
          freeze(grid.buildingIds);
          freeze(grid);
        });
      }

      ordinaryGrids += gridNumber;
      const sites = communityRng.shuffle([...DEDICATED_SITES]);
      for (let dedicated = 0; !isVillage && dedicatedOwed() > 0; dedicated++) {
        const site = `${sites[dedicated % sites.length]}${dedicated < sites.length ? '' : chineseNumber(Math.floor(dedicated / sites.length) + 1)}`;
        freeze(
          addGrid(
            { name: `${community.name.replace(/社区$/, '')}${site}专属网格`, kind: 'DEDICATED', compoundIds: freeze([]), buildingIds: freeze([]) },
            [],
          ),
        );
        dedicatedGrids++;
      }
    });
  });

  if (householdCount * MAX_HOUSEHOLD_SIZE > IDENTITY_CAPACITY) {
    throw new RangeError(`${householdCount} households exceed the ${IDENTITY_CAPACITY / MAX_HOUSEHOLD_SIZE} that unique ID numbers allow`);
  }

  const buildingPlanOf = (buildingId: string): BuildingPlan => {
    const plan = buildingPlans.get(buildingId);
    if (!plan) throw new RangeError(`building ${buildingId} is not in the ${scale} territory`);
    return plan;
  };

  return freeze({
    scale,
    district,
    subdistricts: freeze(subdistricts),
    communities: freeze(communities),
    compounds: freeze(compounds),
    buildings: freeze(buildings),
    grids: freeze(grids),
    households: building => expandBuilding(buildingPlanOf(building.id)),
    residents: household => expandHousehold(buildingPlanOf(household.buildingId), household),
    gridWorkers: grid => {
      const plan = gridPlans.get(grid.id);
      if (!plan) throw new RangeError(`grid ${grid.id} is not in the ${scale} territory`);
      return staffGrid(grid, plan);
    },
  });
}

function drawShape(rng: Prng, shape: BuildingShape): Pick<DemoBuilding, 'units' | 'floors' | 'roomsPerFloor'> {
  return { units: rng.int(...shape.units), floors: rng.int(...shape.floors), roomsPerFloor: rng.int(...shape.roomsPerFloor) };
}

function* expandBuilding(plan: BuildingPlan): Generator<DemoHousehold> {
  const { units, floors, roomsPerFloor } = plan.building;
  for (let unit = 1; unit <= units; unit++) {
    for (let floor = 1; floor <= floors; floor++) {
      for (let room = 1; room <= roomsPerFloor; room++) yield makeHousehold(plan, unit, floor, room);
    }
  }
}

function makeHousehold(plan: BuildingPlan, unit: number, floor: number, roomOnFloor: number): DemoHousehold {
  const { building } = plan;
  const room = `${floor}${pad(roomOnFloor, 2)}`;
  const address = `${building.number}-${unit}-${room}`;
  return {
    id: demoId(householdPath(plan, unit, room)),
    code: `${plan.compoundCode}-${address}`,
    buildingId: building.id,
    compoundId: building.compoundId,
    communityId: building.communityId,
    subdistrictId: building.subdistrictId,
    gridId: building.gridId,
    unit,
    room,
    address,
  };
}

function householdPath(plan: BuildingPlan, unit: number, room: string): string[] {
  return [...plan.path, `${unit}单元`, room];
}

/** The household's position in its building's unit → floor → room order. */
function householdIndex(plan: BuildingPlan, household: DemoHousehold): number {
  const { units, floors, roomsPerFloor } = plan.building;
  const floor = Math.floor(Number(household.room) / 100);
  const room = Number(household.room) % 100;
  if (
    !Number.isInteger(household.unit) || household.unit < 1 || household.unit > units ||
    !/^\d{3,4}$/.test(household.room) || floor < 1 || floor > floors || room < 1 || room > roomsPerFloor
  ) {
    throw new RangeError(`household ${household.unit}-${household.room} is not in building ${plan.building.code}`);
  }
  return ((household.unit - 1) * floors + (floor - 1)) * roomsPerFloor + (room - 1);
}

function* expandHousehold(plan: BuildingPlan, household: DemoHousehold): Generator<DemoResident> {
  const index = householdIndex(plan, household);
  const path = householdPath(plan, household.unit, household.room);
  const people = householdMembers(prngFor(path, 'residents'), plan.older, (plan.householdOffset + index) * MAX_HOUSEHOLD_SIZE);
  for (const [position, person] of people.entries()) {
    yield {
      id: demoId([...path, String(position + 1)]),
      householdId: household.id,
      buildingId: household.buildingId,
      compoundId: household.compoundId,
      communityId: household.communityId,
      subdistrictId: household.subdistrictId,
      gridId: household.gridId,
      ...person,
      isHead: position === 0,
    };
  }
}

/**
 * The grid's leader (first grid of a community only) and workers: one to an urban grid (250–400
 * households at most), four to six to a rural one (seeds: about five per village grid). Each links
 * 10–20 households of the grid (联系户, DOMAIN.md), consecutive slices of one shuffle, so they share
 * none unless the grid is too small.
 */
function staffGrid(grid: DemoGrid, plan: GridPlan): DemoGridWorker[] {
  const rng = prngFor(plan.path, 'workers');
  const capacities = plan.buildings.map(({ building }) => building.units * building.floors * building.roomsPerFloor);
  const total = capacities.reduce((sum, count) => sum + count, 0);
  const order = rng.shuffle([...Array(total).keys()]);
  let cursor = 0;
  const linked = (): string[] => {
    const count = Math.min(total, rng.int(...LINKED_HOUSEHOLDS));
    const ids = Array.from({ length: count }, (_, i) => householdAt(plan.buildings, capacities, order[(cursor + i) % total]).id);
    cursor += count;
    return ids;
  };
  const workerCount = grid.kind === 'RURAL' ? rng.int(...RURAL_WORKERS) : 1;
  const staff: { role: DemoGridWorker['role']; ordinal: number; linked: string[] }[] = [];
  if (plan.hasLeader) staff.push({ role: 'GRID_LEADER', ordinal: 0, linked: linked() });
  for (let worker = 1; worker <= workerCount; worker++) staff.push({ role: 'GRID_WORKER', ordinal: worker, linked: linked() });
  return staff.map(({ role, ordinal, linked }) => {
    const leader = role === 'GRID_LEADER';
    // The first worker keeps the id and code a grid's one worker had before rural grids got more.
    const suffix = ordinal > 1 ? String(ordinal) : '';
    const gender = rng.chance(0.6) ? 'FEMALE' : 'MALE';
    return {
      id: demoId([...plan.path, leader ? '网格长' : `网格员${suffix}`]),
      code: `${grid.code}-${leader ? 'L' : `W${suffix}`}`,
      name: personName(rng, gender),
      // Ordinals above every resident's keep workers' numbers distinct from residents'.
      phone: mobileNumber(rng, IDENTITY_CAPACITY + plan.index * STAFF_SLOTS + ordinal),
      role,
      assignment: leader || rng.chance(0.8) ? 'RESIDENT' : 'DISPATCHED',
      fullTime: leader || rng.chance(0.7),
      gridId: grid.id,
      communityId: grid.communityId,
      subdistrictId: grid.subdistrictId,
      linkedHouseholdIds: linked,
    };
  });
}

/** The household at `index` of the grid's buildings taken in order, without expanding the others. */
function householdAt(buildings: readonly BuildingPlan[], capacities: readonly number[], index: number): DemoHousehold {
  let rest = index;
  let at = 0;
  while (rest >= capacities[at]) rest -= capacities[at++];
  const plan = buildings[at];
  const { floors, roomsPerFloor } = plan.building;
  const perUnit = floors * roomsPerFloor;
  return makeHousehold(plan, Math.floor(rest / perUnit) + 1, Math.floor((rest % perUnit) / roomsPerFloor) + 1, (rest % roomsPerFloor) + 1);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// Top levels are memoised and shared between callers: freezing stops one caller's edit leaking into another's data.
function freeze<T>(value: T): T {
  return Object.freeze(value);
}

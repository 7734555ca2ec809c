import { isValidNationalId, nationalIdBirthDate } from '../personal/national-id';
import { isMainlandMobile } from '../personal/phone';
import { DATONG_BOX } from './geo';
import { generateTerritory } from './territory';
import type { DemoBuilding, DemoGrid, DemoHousehold, DemoResident, DemoTerritory } from './types';

const capacity = (building: DemoBuilding) => building.units * building.floors * building.roomsPerFloor;

function expandAll(territory: DemoTerritory, buildings = territory.buildings) {
  const households: DemoHousehold[] = [];
  const residents: DemoResident[] = [];
  for (const building of buildings) {
    for (const household of territory.households(building)) {
      households.push(household);
      residents.push(...territory.residents(household));
    }
  }
  return { households, residents };
}

/** A fresh copy of the module, so the memo cannot make two runs trivially equal. */
function freshTerritory(scale: 'tiny' | 'demo' | 'city'): DemoTerritory {
  let territory: DemoTerritory | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules loads a fresh copy only through require
    const { generateTerritory: generate } = require('./territory') as typeof import('./territory');
    territory = generate(scale);
  });
  return territory!;
}

function metres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function topLevel(territory: DemoTerritory) {
  const { scale, district, subdistricts, communities, compounds, buildings, grids } = territory;
  return { scale, district, subdistricts, communities, compounds, buildings, grids };
}

describe('generateTerritory: determinism', () => {
  it('produces the same district, households, residents and workers on every run', () => {
    const first = freshTerritory('tiny');
    const second = freshTerritory('tiny');
    expect(topLevel(second)).toEqual(topLevel(first));
    expect(expandAll(second)).toEqual(expandAll(first));
    expect(second.grids.map(grid => second.gridWorkers(grid))).toEqual(first.grids.map(grid => first.gridWorkers(grid)));
  });

  it('keeps the ids stored databases rely on', () => {
    const tiny = generateTerritory('tiny');
    const wenxing = tiny.communities.find(community => community.name === '文兴社区')!;
    expect(wenxing.id).toBe('b9faad21-421a-53d8-9883-345c1e59193b');
    const lvdi = tiny.compounds.find(compound => compound.name === '绿地璀璨天城')!;
    expect(lvdi.id).toBe('6fb12c5a-d964-50da-9a63-3c0d5d297e50');
    expect(lvdi.communityId).toBe(wenxing.id);
    // The same place has the same id at every scale.
    expect(generateTerritory('demo').compounds.find(compound => compound.name === '绿地璀璨天城')!.id).toBe(lvdi.id);
  });

  it('memoises per scale and freezes the shared top levels', () => {
    const tiny = generateTerritory('tiny');
    expect(generateTerritory('tiny')).toBe(tiny);
    expect(Object.isFrozen(tiny.buildings)).toBe(true);
    expect(Object.isFrozen(tiny.grids[0].buildingIds)).toBe(true);
    expect(generateTerritory().scale).toBe('demo');
  });
});

describe.each(['tiny', 'demo', 'city'] as const)('generateTerritory(%s): the tree', scale => {
  const territory = generateTerritory(scale);
  const { district, subdistricts, communities, compounds, buildings, grids } = territory;

  it('has unique ids and codes across every level', () => {
    const ids = [district, ...subdistricts, ...communities, ...compounds, ...buildings, ...grids].map(entity => entity.id);
    const codes = [district, ...subdistricts, ...communities, ...compounds, ...buildings, ...grids].map(entity => entity.code);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(compounds.map(compound => compound.name)).size).toBe(compounds.length);
  });

  it('uses the agreed code formats', () => {
    expect(district.code).toBe('140213');
    expect(subdistricts.every(s => /^140213-\d{3}$/.test(s.code))).toBe(true);
    expect(communities.every(c => /^140213-\d{3}-\d{3}$/.test(c.code))).toBe(true);
    expect(compounds.every(c => /^140213-\d{3}-\d{3}-\d{2}$/.test(c.code))).toBe(true);
    const compoundById = new Map(compounds.map(c => [c.id, c]));
    expect(buildings.every(b => b.code === `${compoundById.get(b.compoundId)!.code}-B${b.number}`)).toBe(true);
    const communityById = new Map(communities.map(c => [c.id, c]));
    expect(grids.every(g => new RegExp(`^G-${communityById.get(g.communityId)!.code}-\\d{2}$`).test(g.code))).toBe(true);
  });

  it('links every level to its parents consistently', () => {
    const subdistrictIds = new Set(subdistricts.map(s => s.id));
    const communityById = new Map(communities.map(c => [c.id, c]));
    const compoundById = new Map(compounds.map(c => [c.id, c]));
    expect(subdistricts.every(s => s.districtId === district.id)).toBe(true);
    expect(communities.every(c => c.districtId === district.id && subdistrictIds.has(c.subdistrictId))).toBe(true);
    expect(compounds.every(c => communityById.get(c.communityId)?.subdistrictId === c.subdistrictId)).toBe(true);
    for (const building of buildings) {
      const compound = compoundById.get(building.compoundId)!;
      expect([building.communityId, building.subdistrictId]).toEqual([compound.communityId, compound.subdistrictId]);
    }
    expect(grids.every(g => communityById.get(g.communityId)?.subdistrictId === g.subdistrictId)).toBe(true);
    // Townships hold villages only.
    const townships = new Set(subdistricts.filter(s => s.kind === 'TOWNSHIP').map(s => s.id));
    expect(communities.filter(c => townships.has(c.subdistrictId)).every(c => c.kind === 'VILLAGE')).toBe(true);
  });

  it('covers every building with exactly one non-dedicated grid of its own compound', () => {
    const buildingById = new Map(buildings.map(b => [b.id, b]));
    const covered = grids.filter(g => g.kind !== 'DEDICATED').flatMap(g => g.buildingIds);
    expect(covered.sort()).toEqual(buildings.map(b => b.id).sort());
    for (const grid of grids) {
      const members = grid.buildingIds.map(id => buildingById.get(id)!);
      expect(members.every(b => b.gridId === grid.id && b.communityId === grid.communityId)).toBe(true);
      expect([...new Set(members.map(b => b.compoundId))]).toEqual(grid.compoundIds);
    }
    expect(grids.filter(g => g.kind === 'DEDICATED').every(g => g.buildingIds.length === 0 && g.compoundIds.length === 0)).toBe(true);
    expect(grids.some(g => g.kind === 'DEDICATED')).toBe(true);
  });

  it('gives villages rural grids and towns urban ones, of at most 400 and at least 10 households', () => {
    const communityById = new Map(communities.map(c => [c.id, c]));
    const buildingById = new Map(buildings.map(b => [b.id, b]));
    for (const grid of grids.filter(g => g.kind !== 'DEDICATED')) {
      expect(grid.kind).toBe(communityById.get(grid.communityId)!.kind === 'VILLAGE' ? 'RURAL' : 'URBAN');
      const households = grid.buildingIds.reduce((sum, id) => sum + capacity(buildingById.get(id)!), 0);
      expect(households).toBeGreaterThanOrEqual(10);
      expect(households).toBeLessThanOrEqual(400);
    }
    // Every compound has at least one grid.
    expect(new Set(grids.flatMap(g => g.compoundIds)).size).toBe(compounds.length);
  });

  it('places compounds in central Datong and buildings within 200 m of their compound', () => {
    for (const compound of compounds) {
      expect(compound.latitude).toBeGreaterThanOrEqual(DATONG_BOX.south);
      expect(compound.latitude).toBeLessThanOrEqual(DATONG_BOX.north);
      expect(compound.longitude).toBeGreaterThanOrEqual(DATONG_BOX.west);
      expect(compound.longitude).toBeLessThanOrEqual(DATONG_BOX.east);
    }
    const compoundById = new Map(compounds.map(c => [c.id, c]));
    expect(Math.max(...buildings.map(b => metres(b, compoundById.get(b.compoundId)!)))).toBeLessThanOrEqual(201);
  });

  it('shapes buildings as towns and villages build them', () => {
    const villages = new Set(communities.filter(c => c.kind === 'VILLAGE').map(c => c.id));
    for (const building of buildings) {
      if (villages.has(building.communityId)) {
        expect(building.units).toBe(1);
        expect(building.floors).toBeLessThanOrEqual(3);
      } else {
        expect(building.units).toBeGreaterThanOrEqual(scale === 'tiny' ? 1 : 2);
        expect(building.units).toBeLessThanOrEqual(4);
        expect(building.floors).toBeLessThanOrEqual(18);
        expect(building.roomsPerFloor).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('generateTerritory(tiny): sizes and every resident', () => {
  const tiny = generateTerritory('tiny');
  const { households, residents } = expandAll(tiny);

  it('is small: 2 subdistricts, 3 communities (one a village), 2–3 compounds each, 2–3 buildings each', () => {
    expect(tiny.subdistricts).toHaveLength(2);
    expect(tiny.communities).toHaveLength(3);
    expect(tiny.communities.filter(c => c.kind === 'VILLAGE')).toHaveLength(1);
    for (const community of tiny.communities) {
      expect(tiny.compounds.filter(c => c.communityId === community.id).length).toBeGreaterThanOrEqual(2);
      expect(tiny.compounds.filter(c => c.communityId === community.id).length).toBeLessThanOrEqual(3);
    }
    for (const compound of tiny.compounds) {
      const count = tiny.buildings.filter(b => b.compoundId === compound.id).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
    }
    expect(tiny.buildings.every(b => capacity(b) <= 24)).toBe(true);
    expect(households.length).toBeLessThanOrEqual(300);
    expect(tiny.compounds.map(c => c.name)).toContain('绿地璀璨天城');
  });

  it('expands each building unit → floor → room, addressed building-unit-room', () => {
    for (const building of tiny.buildings) {
      const rooms = [...tiny.households(building)];
      expect(rooms).toHaveLength(capacity(building));
      const expected: string[] = [];
      for (let unit = 1; unit <= building.units; unit++)
        for (let floor = 1; floor <= building.floors; floor++)
          for (let room = 1; room <= building.roomsPerFloor; room++) expected.push(`${building.number}-${unit}-${floor}0${room}`);
      expect(rooms.map(h => h.address)).toEqual(expected);
      const compound = tiny.compounds.find(c => c.id === building.compoundId)!;
      for (const household of rooms) {
        expect(household.code).toBe(`${compound.code}-${household.address}`);
        expect(household).toMatchObject({
          buildingId: building.id,
          compoundId: building.compoundId,
          communityId: building.communityId,
          subdistrictId: building.subdistrictId,
          gridId: building.gridId,
        });
      }
    }
  });

  it('gives households and residents unique ids, and residents unique ID numbers', () => {
    const ids = [...households.map(h => h.id), ...residents.map(r => r.id), ...tiny.buildings.map(b => b.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(households.map(h => h.code)).size).toBe(households.length);
    expect(new Set(residents.map(r => r.nationalId)).size).toBe(residents.length);
  });

  it('gives every resident a valid ID number matching birth date and gender, and a valid phone', () => {
    for (const resident of residents) {
      expect(isValidNationalId(resident.nationalId)).toBe(true);
      expect(nationalIdBirthDate(resident.nationalId)).toBe(resident.birthDate);
      expect(Number(resident.nationalId[16]) % 2 === 1).toBe(resident.gender === 'MALE');
      expect(resident.birthDate < '2026-01-01').toBe(true);
      expect(isMainlandMobile(resident.phone)).toBe(true);
    }
  });

  it('puts 1–4 residents in each household, head first, linked to it', () => {
    const byHousehold = new Map<string, DemoResident[]>();
    for (const resident of residents) byHousehold.set(resident.householdId, [...(byHousehold.get(resident.householdId) ?? []), resident]);
    for (const household of households) {
      const members = byHousehold.get(household.id)!;
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(4);
      expect(members.map(m => m.isHead)).toEqual(members.map((_, i) => i === 0));
      expect(members.every(m => m.gridId === household.gridId && m.buildingId === household.buildingId)).toBe(true);
    }
  });

  it('has about one resident in five aged 60 or over on 2026-01-01', () => {
    const elderly = residents.filter(r => r.birthDate < '1966-01-01').length / residents.length;
    expect(elderly).toBeGreaterThan(0.12);
    expect(elderly).toBeLessThan(0.3);
  });

  it('staffs each grid with a worker, and each community with a leader in its first grid', () => {
    const householdGrid = new Map(households.map(h => [h.id, h.gridId]));
    const workers = tiny.grids.flatMap(grid => tiny.gridWorkers(grid));
    // One worker to an urban or dedicated grid, four to six to a rural one.
    for (const grid of tiny.grids) {
      const count = workers.filter(w => w.role === 'GRID_WORKER' && w.gridId === grid.id).length;
      if (grid.kind === 'RURAL') expect([4, 5, 6]).toContain(count);
      else expect(count).toBe(1);
    }
    for (const community of tiny.communities) {
      const leaders = workers.filter(w => w.role === 'GRID_LEADER' && w.communityId === community.id);
      expect(leaders).toHaveLength(1);
      expect(leaders[0].gridId).toBe(tiny.grids.find(g => g.communityId === community.id)!.id);
    }
    for (const worker of workers) {
      const grid = tiny.grids.find(g => g.id === worker.gridId)!;
      expect(isMainlandMobile(worker.phone)).toBe(true);
      expect(new Set(worker.linkedHouseholdIds).size).toBe(worker.linkedHouseholdIds.length);
      if (grid.kind === 'DEDICATED') {
        expect(worker.linkedHouseholdIds).toEqual([]);
      } else {
        expect(worker.linkedHouseholdIds.length).toBeGreaterThanOrEqual(10);
        expect(worker.linkedHouseholdIds.length).toBeLessThanOrEqual(20);
        expect(worker.linkedHouseholdIds.every(id => householdGrid.get(id) === grid.id)).toBe(true);
      }
    }
    const ids = [...workers.map(w => w.id), ...residents.map(r => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(workers.map(w => w.code)).size).toBe(workers.length);
    const adultPhones = [...workers.map(w => w.phone), ...residents.filter(r => r.birthDate < '2012-01-01').map(r => r.phone)];
    expect(new Set(adultPhones).size).toBe(adultPhones.length);
  });

  it('refuses buildings, households and grids from elsewhere', () => {
    const building = tiny.buildings[0];
    expect(() => tiny.households({ ...building, id: 'nope' }).next()).toThrow(RangeError);
    const household = tiny.households(building).next().value as DemoHousehold;
    expect(() => tiny.residents({ ...household, room: '999' }).next()).toThrow(RangeError);
    expect(() => tiny.gridWorkers({ ...tiny.grids[0], id: 'nope' } as DemoGrid)).toThrow(RangeError);
  });
});

describe('generateTerritory(demo)', () => {
  const demo = generateTerritory('demo');
  const households = demo.buildings.reduce((sum, b) => sum + capacity(b), 0);

  it('has the seeds’ district: 10 subdistricts, 30 communities, 3–6 compounds each, 4–10 buildings each', () => {
    expect(demo.subdistricts.map(s => s.name)).toEqual(
      expect.arrayContaining(['水泊寺街道', '迎宾街道', '新华街道', '振华街道', '大庆路街道', '开源街道', '小南头街道', '白登山街道', '古城街道', '永泰街道']),
    );
    expect(demo.communities).toHaveLength(30);
    expect(demo.communities.map(c => c.name)).toEqual(
      expect.arrayContaining(['文兴社区', '重熙社区', '理想城社区', '迎宾路社区', '局前社区', '新悦社区', '永宁社区', '民和社区', '齿欣社区', '西王庄村', '金家湾村']),
    );
    expect(demo.compounds.map(c => c.name)).toEqual(expect.arrayContaining(['绿地璀璨天城', '商贸小区', '香荔园', '齿欣小区']));
    for (const community of demo.communities) {
      const count = demo.compounds.filter(c => c.communityId === community.id).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
    }
    for (const compound of demo.compounds) {
      const count = demo.buildings.filter(b => b.compoundId === compound.id).length;
      expect(count).toBeGreaterThanOrEqual(4);
      expect(count).toBeLessThanOrEqual(10);
    }
  });

  it('holds 20–40k households', () => {
    expect(households).toBeGreaterThanOrEqual(20_000);
    expect(households).toBeLessThanOrEqual(40_000);
  });

  it('gives grid workers of every grid in a community 10–20 households of that grid', () => {
    const community = demo.communities.find(c => c.name === '文兴社区')!;
    const grids = demo.grids.filter(g => g.communityId === community.id);
    const { households: homes, residents } = expandAll(demo, demo.buildings.filter(b => b.communityId === community.id));
    const householdGrid = new Map(homes.map(h => [h.id, h.gridId]));
    for (const grid of grids.filter(g => g.kind !== 'DEDICATED')) {
      for (const worker of demo.gridWorkers(grid)) {
        expect(worker.linkedHouseholdIds.length).toBeGreaterThanOrEqual(10);
        expect(worker.linkedHouseholdIds.length).toBeLessThanOrEqual(20);
        expect(worker.linkedHouseholdIds.every(id => householdGrid.get(id) === grid.id)).toBe(true);
      }
    }
    expect(residents.every(r => isValidNationalId(r.nationalId) && nationalIdBirthDate(r.nationalId) === r.birthDate)).toBe(true);
  });
});

/**
 * Issue #16's proportions at every scale: dedicated grids within one grid of 18% of all grids
 * (the share is rounded once for the district); four to six workers in every rural grid, so about
 * five on average (4.5–5.5) where there are more than a handful of rural grids.
 */
describe.each(['tiny', 'demo', 'city'] as const)('generateTerritory(%s): grid proportions', scale => {
  const territory = generateTerritory(scale);
  const dedicated = territory.grids.filter(g => g.kind === 'DEDICATED').length;

  it('has dedicated grids within one grid of 18% of all grids', () => {
    expect(Math.abs(dedicated - 0.18 * territory.grids.length)).toBeLessThanOrEqual(1);
  });

  it('staffs rural grids with about five workers', () => {
    const rural = territory.grids.filter(g => g.kind === 'RURAL');
    expect(rural.length).toBeGreaterThan(0);
    const counts = rural.map(grid => territory.gridWorkers(grid).filter(w => w.role === 'GRID_WORKER').length);
    expect(counts.every(count => count >= 4 && count <= 6)).toBe(true);
    const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    if (scale !== 'tiny') expect(Math.abs(mean - 5)).toBeLessThanOrEqual(0.5);
  });

});

describe('generateTerritory(city)', () => {
  it('matches Datong’s published counts', () => {
    const city = freshTerritory('city');
    expect(city.subdistricts).toHaveLength(126);
    expect(city.communities).toHaveLength(396);
    expect(city.compounds).toHaveLength(1724);
    const households = city.buildings.reduce((sum, b) => sum + capacity(b), 0);
    expect(households).toBeGreaterThan(780_000);
    expect(households).toBeLessThan(820_000);
  });

  it('expands any one building on its own', () => {
    const city = generateTerritory('city');
    const building = city.buildings[city.buildings.length - 1];
    const homes = [...city.households(building)];
    expect(homes).toHaveLength(capacity(building));
    const residents = homes.flatMap(h => [...city.residents(h)]);
    expect(residents.every(r => isValidNationalId(r.nationalId) && isMainlandMobile(r.phone))).toBe(true);
    expect(new Set(residents.map(r => r.nationalId)).size).toBe(residents.length);
  });
});

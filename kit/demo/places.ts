import { COMPOUND_STEMS, COMPOUND_SUFFIXES, OLDER_SUFFIXES, PLACE_FIRST, PLACE_SECOND, SURNAMES, VILLAGE_TAILS, WORK_UNITS, chineseNumber } from './names';
import { apportion, type Prng } from './prng';
import type { ScalePreset } from './scale';

/** A compound known by name before the rest are invented. */
export interface NamedCompound {
  name: string;
  /** an older walk-up estate (老旧小区) */
  older: boolean;
}

/** A community or village and the compounds named in it. */
export interface CommunityPlan {
  name: string;
  kind: 'URBAN_COMMUNITY' | 'VILLAGE';
  compounds: readonly NamedCompound[];
}

/** A subdistrict or township and its communities. */
export interface SubdistrictPlan {
  name: string;
  kind: 'URBAN_SUBDISTRICT' | 'TOWNSHIP';
  communities: readonly CommunityPlan[];
}

const urban = (name: string, ...compounds: NamedCompound[]): CommunityPlan => ({ name, kind: 'URBAN_COMMUNITY', compounds });
const village = (name: string): CommunityPlan => ({ name, kind: 'VILLAGE', compounds: [] });

/**
 * Pingcheng (平城区) as the seeds describe it (DEMO-DATA.md). Each seed subdistrict gets three
 * communities: the seeds' names first, invented ones after. 民和 and 齿欣, placed only in the
 * "southern area" (南片), go to 古城 and 永泰.
 */
export const PINGCHENG: readonly SubdistrictPlan[] = [
  { name: '水泊寺街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('文兴社区', { name: '绿地璀璨天城', older: false }), urban('重熙社区'), urban('御河社区')] },
  { name: '迎宾街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('理想城社区', { name: '商贸小区', older: true }), urban('迎宾路社区'), urban('魏都社区')] },
  { name: '新华街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('局前社区'), urban('新悦社区'), urban('新华街社区')] },
  { name: '振华街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('永宁社区'), urban('振华南社区'), urban('东信社区')] },
  { name: '大庆路街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('大庆路社区', { name: '香荔园', older: false }), urban('锦华社区'), urban('清远社区')] },
  { name: '开源街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('开源社区'), urban('建华社区'), urban('和顺社区')] },
  { name: '小南头街道', kind: 'URBAN_SUBDISTRICT', communities: [village('西王庄村'), urban('小南头社区'), village('东王庄村')] },
  { name: '白登山街道', kind: 'URBAN_SUBDISTRICT', communities: [village('金家湾村'), urban('白登社区'), village('马家堡村')] },
  { name: '古城街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('下寺坡社区'), urban('民和社区'), urban('鼓楼社区')] },
  { name: '永泰街道', kind: 'URBAN_SUBDISTRICT', communities: [urban('永泰社区'), urban('齿欣社区', { name: '齿欣小区', older: true }), urban('柳航社区')] },
];

/**
 * Names invented for one district. Names are unique within the district so that a list of them
 * reads unambiguously; ids do not depend on that (they come from the full path).
 */
export class PlaceNamer {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Prng) {}

  /** Reserves a name given by the seeds. */
  reserve(name: string): string {
    this.used.add(name);
    return name;
  }

  subdistrict(township: boolean): string {
    return this.unique(() => this.stem() + (township ? this.rng.pick(['镇', '镇', '乡']) : '街道'), (base, n) => base.replace(/(街道|镇|乡)$/, `${chineseNumber(n)}$1`));
  }

  community(): string {
    return this.unique(() => `${this.stem()}社区`, (base, n) => base.replace(/社区$/, `${chineseNumber(n)}社区`));
  }

  village(): string {
    const surname = this.rng.weighted(SURNAMES);
    return this.unique(
      () => (this.rng.chance(0.5) ? `${surname}家${this.rng.pick(VILLAGE_TAILS)}村` : `${this.rng.pick([...'东西南北前后大小'])}${surname}${this.rng.pick(VILLAGE_TAILS)}村`),
      (base, n) => base.replace(/村$/, `${chineseNumber(n)}村`),
    );
  }

  /** A compound's name; `older` estates are mostly named for the employer that built them. */
  compound(older: boolean): string {
    const make = older
      ? () => (this.rng.chance(0.6) ? `${this.rng.pick(WORK_UNITS)}${this.rng.pick(OLDER_SUFFIXES)}` : `${this.rng.pick(COMPOUND_STEMS)}${this.rng.pick(['小区', '新村'])}`)
      : () => `${this.rng.pick(COMPOUND_STEMS)}${this.rng.pick(COMPOUND_SUFFIXES)}`;
    // A second estate under a popular name is a later phase (二期), as in real cities.
    return this.unique(make, (base, n) => `${base}${chineseNumber(n)}期`);
  }

  private stem(): string {
    return this.rng.pick(PLACE_FIRST) + this.rng.pick(PLACE_SECOND);
  }

  private unique(make: () => string, variant: (base: string, n: number) => string): string {
    let base = make();
    for (let attempt = 0; attempt < 20 && this.used.has(base); attempt++) base = make();
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = variant(base, n);
    return this.reserve(name);
  }
}

/**
 * The subdistricts and communities of a preset: the seeds' places it keeps, then invented ones up
 * to its totals. Reserves every seed name in `namer` first, so no invention repeats one.
 */
export function planDistrict(preset: ScalePreset, rng: Prng, namer: PlaceNamer): SubdistrictPlan[] {
  const kept = keptSeedPlaces(preset);
  for (const subdistrict of PINGCHENG) {
    namer.reserve(subdistrict.name);
    for (const community of subdistrict.communities) {
      namer.reserve(community.name);
      for (const compound of community.compounds) namer.reserve(compound.name);
    }
  }
  const keptCommunities = kept.reduce((sum, subdistrict) => sum + subdistrict.communities.length, 0);
  const inventedSubdistricts = preset.subdistricts - kept.length;
  const inventedCommunities = preset.communities - keptCommunities;
  if (inventedSubdistricts < 0 || inventedCommunities < 0 || (inventedSubdistricts === 0) !== (inventedCommunities === 0)) {
    throw new RangeError('a preset must keep at most its totals of seed places, and invent communities only with subdistricts');
  }
  if (inventedSubdistricts === 0) return kept;
  const counts = apportion(rng, inventedCommunities, inventedSubdistricts, 1, 8);
  const invented = counts.map((count): SubdistrictPlan => {
    const township = rng.chance(preset.townshipShare);
    return {
      name: namer.subdistrict(township),
      kind: township ? 'TOWNSHIP' : 'URBAN_SUBDISTRICT',
      // Even urban subdistricts keep the odd village (城中村), as 小南头 and 白登山 do.
      communities: Array.from({ length: count }, () =>
        township || rng.chance(0.05) ? village(namer.village()) : urban(namer.community()),
      ),
    };
  });
  return [...kept, ...invented];
}

function keptSeedPlaces(preset: ScalePreset): SubdistrictPlan[] {
  const selection = preset.seedPlaces;
  if (selection === 'all') return [...PINGCHENG];
  return Object.entries(selection).map(([name, communityNames]) => {
    const subdistrict = PINGCHENG.find(candidate => candidate.name === name);
    if (!subdistrict) throw new RangeError(`not a seed subdistrict: ${name}`);
    return {
      ...subdistrict,
      communities: communityNames.map(communityName => {
        const community = subdistrict.communities.find(candidate => candidate.name === communityName);
        if (!community) throw new RangeError(`not a seed community of ${name}: ${communityName}`);
        return community;
      }),
    };
  });
}

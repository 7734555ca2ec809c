import type { Scale } from './types';

/** Inclusive integer range. */
export type Range = readonly [min: number, max: number];

/** Ranges a building's size is drawn from. */
export interface BuildingShape {
  units: Range;
  floors: Range;
  roomsPerFloor: Range;
}

/** How big each level of a generated district is. */
export interface ScalePreset {
  /** which of the seeds' named places to keep: all, or subdistrict → its communities */
  seedPlaces: 'all' | Readonly<Record<string, readonly string[]>>;
  /** total subdistricts/townships; invented ones fill the gap left by the seeds' */
  subdistricts: number;
  /** total communities/villages */
  communities: number;
  /** share of invented subdistricts that are townships (乡镇, villages only) */
  townshipShare: number;
  compoundsPerCommunity: Range;
  /** exact number of compounds, spread over communities within `compoundsPerCommunity` */
  compoundsTotal?: number;
  buildingsPerCompound: Range;
  /** share of urban compounds that are older walk-up estates (老旧小区) */
  olderShare: number;
  shapes: { older: BuildingShape; newer: BuildingShape; village: BuildingShape };
  /** share of all grids that are dedicated grids (专属网格: schools, markets), spread over urban communities */
  dedicatedGridShare: number;
}

// A village "building" is a row of one- to three-storey courtyard houses; five or more to a row keeps
// even the smallest villagers' group at ten households, the fewest a grid worker links.
const VILLAGE_ROW: BuildingShape = { units: [1, 1], floors: [1, 3], roomsPerFloor: [5, 8] };
// Older compounds are six- or seven-storey walk-ups with two flats per landing; newer ones are towers.
const OLDER: BuildingShape = { units: [2, 4], floors: [6, 7], roomsPerFloor: [2, 2] };
const NEWER: BuildingShape = { units: [2, 4], floors: [11, 18], roomsPerFloor: [2, 4] };

/** Dedicated grids are about 18% of a district's grids (issue #16, from the seeds' grid reports), at every scale. */
export const DEDICATED_GRID_SHARE = 0.18;

/** The presets. Sizes measured from these are listed in the tests. */
export const SCALES: Readonly<Record<Scale, ScalePreset>> = {
  // Small enough to expand whole in every test: about 200 households.
  tiny: {
    seedPlaces: { 水泊寺街道: ['文兴社区', '重熙社区'], 小南头街道: ['西王庄村'] },
    subdistricts: 2,
    communities: 3,
    townshipShare: 0,
    compoundsPerCommunity: [2, 3],
    buildingsPerCompound: [2, 3],
    olderShare: 0.5,
    shapes: {
      older: { units: [1, 2], floors: [4, 6], roomsPerFloor: [2, 2] },
      newer: { units: [2, 2], floors: [5, 6], roomsPerFloor: [2, 2] },
      village: VILLAGE_ROW,
    },
    dedicatedGridShare: DEDICATED_GRID_SHARE,
  },
  // DEMO-DATA.md asks for 8–30 buildings per compound; 4–10, mostly walk-ups, keeps the district at
  // about 30k households so that `npm start` seeds every subgraph in seconds, not minutes.
  demo: {
    seedPlaces: 'all',
    subdistricts: 10,
    communities: 30,
    townshipShare: 0,
    compoundsPerCommunity: [3, 6],
    buildingsPerCompound: [4, 10],
    olderShare: 0.8,
    shapes: {
      older: { units: [2, 3], floors: [6, 6], roomsPerFloor: [2, 2] },
      newer: { units: [2, 2], floors: [11, 18], roomsPerFloor: [2, 2] },
      village: VILLAGE_ROW,
    },
    dedicatedGridShare: DEDICATED_GRID_SHARE,
  },
  // Datong's published totals (126 subdistricts/townships, 396 communities, 1,724 compounds,
  // ≈800k households) in one district object: the benchmarks need the volume, not ten districts.
  city: {
    seedPlaces: 'all',
    subdistricts: 126,
    communities: 396,
    townshipShare: 0.15,
    compoundsPerCommunity: [1, 12],
    compoundsTotal: 1724,
    buildingsPerCompound: [3, 11],
    olderShare: 0.6,
    shapes: { older: OLDER, newer: NEWER, village: VILLAGE_ROW },
    dedicatedGridShare: DEDICATED_GRID_SHARE,
  },
};

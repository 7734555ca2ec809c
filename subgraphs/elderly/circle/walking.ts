/** A 15-minute walk (15分钟养老服务圈) at an elder's 80 metres a minute. */
export const WALKING_METRES = 1200;
export const METRES_PER_MINUTE = 80;
/**
 * Streets are not straight lines: a walk is taken as 1.3 × the straight-line distance (the usual
 * pedestrian route factor for grid-plan Chinese city districts lies between 1.2 and 1.4).
 */
export const DETOUR_FACTOR = 1.3;
/** The circle's straight-line radius: 1200 m / 1.3 ≈ 923 m. */
export const CIRCLE_RADIUS_METRES = WALKING_METRES / DETOUR_FACTOR;
/** Nearest points are looked for this far, straight line (about 5 km on foot). */
export const NEARBY_SEARCH_METRES = 4000;
/** Metres per degree of latitude, as the demo generator places points (kit/demo/geo.ts). */
export const METRES_PER_DEGREE = 111_320;

/** Minutes on foot for a straight-line distance. */
export function walkingMinutes(straightMetres: number): number {
  return Math.ceil((straightMetres * DETOUR_FACTOR) / METRES_PER_MINUTE);
}

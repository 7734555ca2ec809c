import type { Prng } from './prng';

/** Central Datong (大同市区), where every demo coordinate falls. */
export const DATONG_BOX = { south: 40.07, north: 40.12, west: 113.26, east: 113.33 } as const;

const METRES_PER_DEGREE_LAT = 111_320;

/** A point in the box, `margin` degrees in from its edges. */
export function pointInBox(rng: Prng, margin: number): { latitude: number; longitude: number } {
  return {
    latitude: round(DATONG_BOX.south + margin + rng.next() * (DATONG_BOX.north - DATONG_BOX.south - 2 * margin)),
    longitude: round(DATONG_BOX.west + margin + rng.next() * (DATONG_BOX.east - DATONG_BOX.west - 2 * margin)),
  };
}

/** A point within `radius` metres of `centre`, uniform over the disc; clamped to the box if `clamp`. */
export function pointNear(
  rng: Prng,
  centre: { latitude: number; longitude: number },
  radius: number,
  clamp: boolean,
): { latitude: number; longitude: number } {
  const distance = radius * Math.sqrt(rng.next());
  const bearing = rng.next() * 2 * Math.PI;
  let latitude = centre.latitude + (distance * Math.cos(bearing)) / METRES_PER_DEGREE_LAT;
  let longitude =
    centre.longitude + (distance * Math.sin(bearing)) / (METRES_PER_DEGREE_LAT * Math.cos((centre.latitude * Math.PI) / 180));
  if (clamp) {
    latitude = Math.min(DATONG_BOX.north, Math.max(DATONG_BOX.south, latitude));
    longitude = Math.min(DATONG_BOX.east, Math.max(DATONG_BOX.west, longitude));
  }
  return { latitude: round(latitude), longitude: round(longitude) };
}

// Six decimals is about 10 cm: more digits are noise that bloats every payload.
function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

import { prngFor } from '../../../kit/demo/prng';
import type { DemoBuilding, DemoResident } from '../../../kit/demo/types';

/**
 * Share of demo buildings with a steward (楼门管家): seed 001's subdistrict works "one steward per
 * entrance" (一楼门一管家) but keeps filling posts left empty (空位补选), so most, not all, have one.
 */
export const STEWARD_SHARE = 0.85;

/** Share of demo buildings with a building head (楼栋长), a post fewer places fill (seed 004). */
export const HEAD_SHARE = 0.6;

/** Born on or before this day: 18 or older when the demo data was seeded. */
const ADULT_BORN_BY = '2008-01-01';

/**
 * The demo steward and head of `building`, chosen among its adult heads of household (else any adult),
 * the same on every seed; two different people where the building has two candidates.
 */
export function demoStewards(building: DemoBuilding, residents: readonly DemoResident[]): { stewardId: string | null; headId: string | null } {
  const adults = residents.filter(resident => resident.birthDate <= ADULT_BORN_BY);
  const heads = adults.filter(resident => resident.isHead);
  const candidates = heads.length ? heads : adults;
  const rng = prngFor([building.id], 'stewards');
  const steward = candidates.length && rng.chance(STEWARD_SHARE) ? rng.pick(candidates) : null;
  const others = candidates.filter(candidate => candidate !== steward);
  const head = others.length && rng.chance(HEAD_SHARE) ? rng.pick(others) : null;
  return { stewardId: steward?.id ?? null, headId: head?.id ?? null };
}

import type { ElderlyLoaders } from '../loaders';
import type { ElderProfile } from '../elder-profile/elder-profile.entity';
import type { ServicePointKind } from '../service-point/service-point.entity';
import type { NearbyServicePoint } from './nearby-service-point.type';
import { CIRCLE_RADIUS_METRES, NEARBY_SEARCH_METRES, walkingMinutes } from './walking';

/** The nearest open points of `kind` to a place of the territory copy (a household, a building), nearest first. */
export async function nearbyPoints(
  loaders: ElderlyLoaders, placeId: string, kind: ServicePointKind, first: number, profile: ElderProfile | null,
): Promise<NearbyServicePoint[]> {
  const rows = await loaders.circles.nearestTo(placeId, kind, first, NEARBY_SEARCH_METRES);
  return rows.map((row) => ({
    pointId: row.pointId,
    profile,
    distanceMetres: Math.round(row.metres),
    walkingMinutes: walkingMinutes(row.metres),
    withinCircle: row.metres <= CIRCLE_RADIUS_METRES,
  }));
}

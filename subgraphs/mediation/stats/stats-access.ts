import { canActAt } from '../../../kit/auth/viewer';
import type { MediationContext } from '../context';
import { MEDIATION_STATS_READERS } from '../roles';
import { statsPeriod, StatsPeriodArgs } from '../../../kit/stats/stats-period';
import type { MediationStats } from './mediation-stats.type';
import type { StatsScope } from './mediation-stats.loader';

/**
 * `mediationStats` of a place for this viewer: null outside the readers' scope (a place not in the
 * territory copy has no scope to check and reads null too). The district's figures are every
 * subdistrict's: for city-wide readers and those whose scope names the district.
 */
export async function statsFor(scope: StatsScope, id: string, args: StatsPeriodArgs, { loaders, viewer, receivedAt }: MediationContext): Promise<MediationStats | null> {
  const period = statsPeriod(args, receivedAt);
  if (scope === 'district') {
    if (!canActAt(viewer, MEDIATION_STATS_READERS, { districtId: id })) return null;
  } else {
    const place = await loaders.placeById.load(id);
    if (!place || !canActAt(viewer, MEDIATION_STATS_READERS, place)) return null;
  }
  return loaders.stats.load(scope, id, period);
}

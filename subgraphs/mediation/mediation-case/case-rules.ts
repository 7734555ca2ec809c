import { BadUserInputError } from '../../../kit/errors';
import { todayUtc } from '../../../kit/validation/calendar-date';
import type { MediationTeam } from '../team/mediation-team.entity';
import { DisputeCategory, MediationMechanism } from './dispute.enums';
import { MediationLevel } from './lifecycle';
import type { MediationCase } from './mediation-case.entity';

/** Where a case sits: what a team must cover to take it. */
export interface CasePlace {
  readonly communityId: string;
  readonly subdistrictId: string;
}

/** The mechanism a level works by unless told otherwise (三调联动). */
export function mechanismFor(level: MediationLevel): MediationMechanism {
  if (level === MediationLevel.SUBDISTRICT) return MediationMechanism.ADMINISTRATIVE;
  if (level === MediationLevel.JUDICIAL_OFFICE) return MediationMechanism.JUDICIAL;
  return MediationMechanism.PEOPLES;
}

/** Grid-level mediation is done by the grid worker for the community's committee: its teams are the community's. */
export function teamLevelFor(level: MediationLevel): MediationLevel {
  return level === MediationLevel.GRID ? MediationLevel.COMMUNITY : level;
}

/**
 * Why `team` cannot take a case of `category` at `level` in `place`, or null when it can: its level
 * must be the case's, it must cover the place (the community up to community level, the
 * subdistrict above), and a specialised team takes only its categories (妇调队: marriage and family).
 */
export function whyTeamCannotServe(team: MediationTeam, place: CasePlace, level: MediationLevel, category: DisputeCategory): { rule: string; reason: string } | null {
  if (team.level !== teamLevelFor(level)) return { rule: 'at level', reason: `is a ${team.level} team; the case is at ${level}` };
  const covers = level === MediationLevel.GRID || level === MediationLevel.COMMUNITY ? team.communityId === place.communityId : team.subdistrictId === place.subdistrictId;
  if (!covers) return { rule: 'covers place', reason: 'does not work where the case is' };
  if (team.specialities.length > 0 && !team.specialities.includes(category)) return { rule: 'speciality', reason: `takes only ${team.specialities.join(', ')} disputes` };
  return null;
}

/** The team, when it can take the case; otherwise BAD_USER_INPUT on `field` saying why (see `whyTeamCannotServe`). */
export function requireTeamServes(team: MediationTeam | null, place: CasePlace, level: MediationLevel, category: DisputeCategory, field: string): MediationTeam {
  if (!team) throw new BadUserInputError(field, 'exists', `${field} is not a known mediation team`);
  const refusal = whyTeamCannotServe(team, place, level, category);
  if (refusal) throw new BadUserInputError(field, refusal.rule, `${field} ${refusal.reason}`);
  return team;
}

/** Refuses a date after today or before the case was registered. */
export function requireDateInCase(value: string, kase: MediationCase, field: string): void {
  if (value > todayUtc()) throw new BadUserInputError(field, 'not in the future', `${field} lies in the future`);
  if (value < todayUtc(kase.registeredAt)) throw new BadUserInputError(field, 'not before registration', `${field} is before the case was registered`);
}

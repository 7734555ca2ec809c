import { Role, TERRITORIAL_LEADERS, TERRITORIAL_STAFF } from '../../kit/auth/role';

/**
 * Who supervises mediation in their territory (综治办, community staff): acts on any case in scope
 * at or below their level and reads dispute details; every such read is audited.
 */
export const MEDIATION_SUPERVISORS: readonly Role[] = TERRITORIAL_LEADERS;

/** Who may register a case: everyone working the territory, and mediators in scope. */
export const CASE_REGISTRARS: readonly Role[] = [...TERRITORIAL_STAFF, Role.MEDIATOR];

/** Who may read case rows (category, level, status; details masked unless allowed). */
export const CASE_READERS: readonly Role[] = CASE_REGISTRARS;

/** Who shares dispute leads at the joint session (派出所, 司法所, 信访办, 12345 …) or closes them. */
export const LEAD_KEEPERS: readonly Role[] = [...TERRITORIAL_LEADERS, Role.PARTNER_AGENCY];

/** Who reads leads: the joint session's members. */
export const LEAD_READERS: readonly Role[] = [...LEAD_KEEPERS, Role.MEDIATOR];

/** Who reads mediators' rows and names: those who work with them, and the departments that call them in. */
export const MEDIATOR_READERS: readonly Role[] = [...new Set([...CASE_READERS, ...LEAD_READERS])];

/** Who reads mediation statistics: counts and rates, never rows of people. */
export const MEDIATION_STATS_READERS: readonly Role[] = [...CASE_READERS, Role.BI_ANALYST];

import { Role, TERRITORIAL_LEADERS, TERRITORIAL_STAFF } from '../../kit/auth/role';

/** Who serves elders in person and may read their health and care needs, inside their scope (audited). */
export const ELDER_CARERS: readonly Role[] = TERRITORIAL_STAFF;

/** Who keeps elder profiles and records home visits (上门服务): the same people who serve them. */
export const PROFILE_KEEPERS: readonly Role[] = TERRITORIAL_STAFF;

/** Who registers, opens and closes service points and sets their discount rules. */
export const POINT_MANAGERS: readonly Role[] = TERRITORIAL_LEADERS;

/** Who runs a point day to day: publishes menus, quotes and takes orders at the till. */
export const POINT_OPERATORS: readonly Role[] = [...POINT_MANAGERS, Role.SERVICE_POINT_OPERATOR];

/** Who reads elderly-care figures (counts, never people). */
export const ELDERLY_STATS_READERS: readonly Role[] = [...TERRITORIAL_LEADERS, Role.BI_ANALYST];

/** Who may see that a resident has an elder profile at all (BI and partner agencies get counts, never people). */
export const PROFILE_VIEWERS: readonly Role[] = [...new Set([...ELDER_CARERS, ...POINT_OPERATORS])];

import { Role } from '../../../kit/auth/role';

/** Who handles grid events along the three-level chain, inside their scope (网格员 — 网格长 — 综治办). */
export const EVENT_HANDLERS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER];

/** Who may read event rows (BI gets stats only). */
export const EVENT_READERS: readonly Role[] = EVENT_HANDLERS;

/** Who may read event stats: counts and rates, no rows. */
export const EVENT_STATS_READERS: readonly Role[] = [...EVENT_HANDLERS, Role.BI_ANALYST];

/** Who keeps the department and category catalogue (职能部门, 事件类别). */
export const EVENT_CATALOGUE_KEEPERS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN];

import { ADMINS, ALL_ROLES, Role, TERRITORIAL_LEADERS, TERRITORIAL_STAFF } from '../../kit/auth/role';

/** Who keeps the territorial tree current: registers households, residents and moves. */
export const TREE_KEEPERS: readonly Role[] = TERRITORIAL_STAFF;

/** Who assigns grid workers their households. */
export const GRID_MANAGERS: readonly Role[] = TERRITORIAL_LEADERS;

/**
 * Who may list residents at all (masked or not). BI reads counts, never rows of people, and a
 * partner agency works on its own tickets, not on the register.
 */
export const RESIDENT_READERS: readonly Role[] = ALL_ROLES.filter((role) => role !== Role.BI_ANALYST && role !== Role.PARTNER_AGENCY);

/** Who may read the whole tree as (id → ancestors) rows: machine callers only, the territory sync of each service subgraph. */
export const TERRITORY_EXPORT_READERS: readonly Role[] = [Role.SERVICE];

/** Who handles grid events along the three-level chain, inside their scope (网格员 — 网格长 — 综治办). */
export const EVENT_HANDLERS: readonly Role[] = TERRITORIAL_STAFF;

/** Who dispatches events to departments (吹哨) and closes them without feedback: the community level and above. */
export const EVENT_LEADERS: readonly Role[] = TERRITORIAL_LEADERS;

/** Who may read event rows (BI gets stats only). */
export const EVENT_READERS: readonly Role[] = EVENT_HANDLERS;

/** Who may read event stats: counts and rates, no rows. */
export const EVENT_STATS_READERS: readonly Role[] = [...EVENT_HANDLERS, Role.BI_ANALYST];

/** Who defines the city's event categories (事件类别): one catalogue for the whole city. */
export const EVENT_CATEGORY_KEEPERS: readonly Role[] = [Role.CITY_ADMIN];

/** Who keeps the department and category catalogue (职能部门, 事件类别). */
export const EVENT_CATALOGUE_KEEPERS: readonly Role[] = ADMINS;

/** The 12345 hotline's own account: hands tickets to the grid and reads their status (12345热线). */
export const HOTLINE: readonly Role[] = [Role.PARTNER_AGENCY];

/**
 * A functional department's receiver (接哨员) signs in as a partner agency: it reads and acts on the
 * events dispatched to its department, and nothing else of the register.
 */
export const DEPARTMENT_RECEIVERS: readonly Role[] = [Role.PARTNER_AGENCY];

/** Who may have reported an event, and so give the reporter's feedback: its handlers and the hotline. */
export const EVENT_REPORTERS: readonly Role[] = [...EVENT_HANDLERS, ...HOTLINE];

/** Who appoints and replaces building stewards and heads (楼门管家, 楼栋长): community staff and above, in scope. */
export const STEWARD_APPOINTERS: readonly Role[] = TERRITORIAL_LEADERS;

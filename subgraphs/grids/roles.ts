import { ALL_ROLES, Role } from '../../kit/auth/role';

/** Who keeps the territorial tree current: registers households, residents and moves. */
export const TREE_KEEPERS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER];

/** Who assigns grid workers their households. */
export const GRID_MANAGERS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF];

/**
 * Who may list residents at all (masked or not). BI reads counts, never rows of people, and a
 * partner agency works on its own tickets, not on the register.
 */
export const RESIDENT_READERS: readonly Role[] = ALL_ROLES.filter((role) => role !== Role.BI_ANALYST && role !== Role.PARTNER_AGENCY);

/** Who may read the whole tree as (id → ancestors) rows: machine callers only, the territory sync of each service subgraph. */
export const TERRITORY_EXPORT_READERS: readonly Role[] = [Role.SERVICE];

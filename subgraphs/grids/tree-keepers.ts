import { Role } from '../../kit/auth/role';

/** Who keeps the territorial tree current: registers households, residents and moves. */
export const TREE_KEEPERS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER];

/** Who assigns grid workers their households. */
export const GRID_MANAGERS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF];

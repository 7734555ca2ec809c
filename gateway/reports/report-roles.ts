import { Role } from '../../kit/auth/role';

/** Who may download reports: BI tools, and city admins checking what BI sees. */
export const BI_ROLES: readonly Role[] = [Role.BI_ANALYST, Role.CITY_ADMIN];

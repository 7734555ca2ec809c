import { registerEnumType } from 'type-graphql';

/** Who a caller is, as carried in the token's `roles` claim. */
export enum Role {
  CITY_ADMIN = 'CITY_ADMIN',
  SUBDISTRICT_ADMIN = 'SUBDISTRICT_ADMIN',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  GRID_WORKER = 'GRID_WORKER',
  PARTY_ORGANIZER = 'PARTY_ORGANIZER',
  PROPERTY_MANAGER = 'PROPERTY_MANAGER',
  SERVICE_POINT_OPERATOR = 'SERVICE_POINT_OPERATOR',
  MEDIATOR = 'MEDIATOR',
  PARTNER_AGENCY = 'PARTNER_AGENCY',
  BI_ANALYST = 'BI_ANALYST',
  /** Machine callers inside the platform, e.g. the territory sync of a service subgraph. */
  SERVICE = 'SERVICE',
}

registerEnumType(Role, { name: 'Role', description: 'Role of a caller (角色)' });

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles whose scope is the whole city whatever the token's `scope` says. */
export const CITY_WIDE_ROLES: readonly Role[] = [Role.CITY_ADMIN, Role.BI_ANALYST, Role.SERVICE];

/** Staff who administer the territory above communities. */
export const ADMINS: readonly Role[] = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN];

/** Staff who lead a territory: admins and community staff (convene, approve, dispatch). */
export const TERRITORIAL_LEADERS: readonly Role[] = [...ADMINS, Role.COMMUNITY_STAFF];

/** Everyone who works the territory in person, down to the grid worker. */
export const TERRITORIAL_STAFF: readonly Role[] = [...TERRITORIAL_LEADERS, Role.GRID_WORKER];

/** Who reads the audit trails (审计日志) and checks their chains: the city's administrators only. */
export const AUDITORS: readonly Role[] = [Role.CITY_ADMIN];

import { ADMINS, Role } from '../../kit/auth/role';

/** Who runs party organisations: registers and transfers members, designates central households, approves points. */
export const PARTY_MANAGERS: readonly Role[] = [...ADMINS, Role.PARTY_ORGANIZER];

/** Who keeps the in-service registration (双报到) and points ledgers day to day. */
export const PARTY_CLERKS: readonly Role[] = [...PARTY_MANAGERS, Role.COMMUNITY_STAFF];

/**
 * Who may see which resident a party member is, and their tags and joining date, inside their
 * scope (party membership is personal data); every such read is audited.
 */
export const PARTY_PERSONAL_ROLES: readonly Role[] = PARTY_CLERKS;

import { ADMINS, ALL_ROLES, Role } from '../../kit/auth/role';

/** Who runs party organisations: registers and transfers members, designates central households, approves points. */
export const PARTY_MANAGERS: readonly Role[] = [...ADMINS, Role.PARTY_ORGANIZER];

/** Who keeps the in-service registration (双报到) and points ledgers day to day. */
export const PARTY_CLERKS: readonly Role[] = [...PARTY_MANAGERS, Role.COMMUNITY_STAFF];

/**
 * Who may see which resident a party member is, and their tags and joining date, inside their
 * scope (party membership is personal data); every such read is audited.
 */
export const PARTY_PERSONAL_ROLES: readonly Role[] = PARTY_CLERKS;

/**
 * Who may see party members as rows at all, each one pseudonymous unless `PARTY_PERSONAL_ROLES`:
 * BI analysts get counts, never rows of people, and a partner agency has no business with the party register.
 */
export const PARTY_MEMBER_READERS: readonly Role[] = ALL_ROLES.filter((role) => role !== Role.BI_ANALYST && role !== Role.PARTNER_AGENCY);

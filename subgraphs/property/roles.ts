import { ADMINS, TERRITORIAL_LEADERS, TERRITORIAL_STAFF, Role } from '../../kit/auth/role';

/**
 * Who convenes joint meetings and runs their agenda (一方引领: the community party organisation):
 * community staff and party organisers, and the admins above them.
 */
export const CONVENERS: readonly Role[] = [...TERRITORIAL_LEADERS, Role.PARTY_ORGANIZER];

/** Who records how a compound is managed and registers its owners' committee: the territory's leaders. */
export const PROPERTY_REGULATORS: readonly Role[] = TERRITORIAL_LEADERS;

/** Who registers property companies: the admins (街道 / 区住建). */
export const COMPANY_REGISTRARS: readonly Role[] = ADMINS;

/**
 * Who carries out follow-up tasks and opens satisfaction surveys: conveners, and property managers
 * on their own compounds (their token's scope lists those compounds).
 */
export const TASK_KEEPERS: readonly Role[] = [...CONVENERS, Role.PROPERTY_MANAGER];

/** Who records residents' suggestions: everyone working the territory in person, and property managers. */
export const SUGGESTION_TAKERS: readonly Role[] = [...TERRITORIAL_STAFF, Role.PARTY_ORGANIZER, Role.PROPERTY_MANAGER];

/** Who reads property rows (meetings, committees, suggestions, surveys) in scope; BI and partners get stats only. */
export const PROPERTY_READERS: readonly Role[] = [...TERRITORIAL_STAFF, Role.PARTY_ORGANIZER, Role.PROPERTY_MANAGER];

/** Who may see which resident raised a suggestion or answered a survey (personal data), in scope; every read audited. */
export const PROPERTY_PERSONAL_ROLES: readonly Role[] = [...TERRITORIAL_STAFF, Role.PARTY_ORGANIZER];

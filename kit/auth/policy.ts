import type { ReferenceResolvers } from '../schema/entity-references';
import { ALL_ROLES, CITY_WIDE_ROLES, Role } from './role';

/**
 * What an operation hands out, which decides how far each of its roles reaches (one value per
 * Query field, Mutation and entity type; the cell of the table in docs/access-policy.md).
 */
export enum Reach {
  /** Catalogues and the territory tree: every holder of the roles reads every row. */
  PUBLIC = 'public',
  /** Rows placed in the territory: city-wide roles everywhere, every other role inside its token's scope. */
  TERRITORY = 'territory',
  /** Only the caller's own rows: the tickets it submitted, the events its department receives. */
  OWN = 'own',
  /** Machine callers inside the platform (territory export, domain-event feeds). */
  MACHINE = 'machine',
}

/** Who may call one operation, and how far their reach goes. */
export interface AccessRule {
  readonly roles: readonly Role[];
  readonly reach: Reach;
  /** Roles that besides reach their own rows only under this rule (a department's receiver resolving the events dispatched to it). */
  readonly own?: readonly Role[];
  /** What the roles alone do not say (a lifecycle table, a masked field), for the reader of the table. */
  readonly note?: string;
}

/** One subgraph's policy: every Query field, Mutation and entity type it serves. */
export interface SubgraphPolicy {
  readonly query: Readonly<Record<string, AccessRule>>;
  readonly mutation: Readonly<Record<string, AccessRule>>;
  /** The rule of each entity type it owns, read from its reference resolvers with `entityRules`. */
  readonly entities: Readonly<Record<string, AccessRule>>;
  /**
   * The operations and entity types registered for partner agencies (12345 hotline, the joint
   * session's departments): a partner agency reaches nothing else beyond public catalogues.
   */
  readonly partnerOperations: readonly string[];
}

/** Where each role works: what its token's `scope` lists, as an operator reads it. */
export const ROLE_SCOPES: Readonly<Record<Role, string>> = {
  [Role.CITY_ADMIN]: 'the whole city',
  [Role.SUBDISTRICT_ADMIN]: 'their subdistricts (街道)',
  [Role.COMMUNITY_STAFF]: 'their communities (社区)',
  [Role.GRID_WORKER]: 'their grids (网格)',
  [Role.PARTY_ORGANIZER]: 'their communities',
  [Role.PROPERTY_MANAGER]: 'their compounds (小区)',
  [Role.SERVICE_POINT_OPERATOR]: "their points' communities",
  [Role.MEDIATOR]: "their communities; a case's dispute details only on the cases they mediate",
  [Role.PARTNER_AGENCY]: 'registered operations only, in their scope',
  [Role.BI_ANALYST]: 'aggregates only (counts, never rows of people), the whole city',
  [Role.SERVICE]: 'machine callers: the territory export and event feeds',
};

/** Every role the rule lets in at all, whatever its reach. */
export function rolesOf(rule: AccessRule): Role[] {
  return [...new Set([...rule.roles, ...(rule.own ?? [])])];
}

/** Roles that read counts and rates only: every operation open to them must hand out no rows of people. */
export const AGGREGATE_ONLY_ROLES: readonly Role[] = [Role.BI_ANALYST];

/** The cell of the table for `role` under `rule`: how far that role reaches, or `—` when it has no access. */
export function reachOf(rule: AccessRule, role: Role): string {
  if (!rule.roles.includes(role)) return rule.own?.includes(role) ? 'own rows' : '—';
  switch (rule.reach) {
    case Reach.PUBLIC:
      return 'all';
    case Reach.OWN:
      return 'own rows';
    case Reach.MACHINE:
      return 'machine';
    case Reach.TERRITORY:
      return CITY_WIDE_ROLES.includes(role) ? 'city' : 'own scope';
  }
}

/**
 * The rule each entity type of a subgraph is resolved under (`_entities`): its owned references'
 * access, read from the resolvers themselves; a type the subgraph only contributes fields to is
 * left out (its fields check access themselves, and its owner answers for the entity).
 */
export function entityRules(references: ReferenceResolvers): Record<string, AccessRule> {
  const rules: Record<string, AccessRule> = {};
  for (const [type, reference] of Object.entries(references)) {
    if (reference.access) rules[type] = { roles: reference.access.roles, reach: reference.access.place ? Reach.TERRITORY : Reach.PUBLIC };
  }
  return rules;
}

/** Every signed-in role: the rule of public catalogues. */
export const SIGNED_IN: AccessRule = { roles: ALL_ROLES, reach: Reach.PUBLIC };

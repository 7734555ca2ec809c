import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Role } from './role';
import type { Viewer } from './viewer';

/**
 * `@Authorized(roles)` for every subgraph: no viewer is UNAUTHENTICATED, a viewer without one of
 * the roles is FORBIDDEN. Territorial scope is checked where the place is known (`canActAt`).
 */
export const authChecker: AuthCheckerFn<{ viewer: Viewer | null }, Role> = ({ context }, roles) => {
  if (!context.viewer) throw new UnauthenticatedError();
  if (roles.length > 0 && !context.viewer.roles.some((role) => roles.includes(role))) {
    throw new ForbiddenError(`Requires one of the roles ${roles.join(', ')}`);
  }
  return true;
};

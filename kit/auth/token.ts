import { errors, jwtVerify, SignJWT } from 'jose';
import { ALL_ROLES, Role } from './role';
import type { Viewer } from './viewer';

/** How tokens are signed and checked; the same settings in the gateway and every subgraph. */
export interface TokenSettings {
  readonly secret: Uint8Array;
  readonly issuer: string;
  readonly audience: string;
}

/** Claims as they travel in the JWT. */
interface ViewerClaims {
  roles?: unknown;
  scope?: unknown;
}

/** Turns a verified JWT into a viewer; unknown roles are dropped, never guessed. */
function toViewer(subject: string, claims: ViewerClaims): Viewer {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => ALL_ROLES.includes(r as Role)) : [];
  const scope = Array.isArray(claims.scope) ? claims.scope.filter((s): s is string => typeof s === 'string') : [];
  return { id: subject, roles, scope: new Set(scope) };
}

/**
 * Verifies an `Authorization` header value. Returns `null` for a missing header and throws
 * `TokenError` for anything present but not a valid token of ours: signed with our key, for our
 * issuer and audience, with a subject, an expiry still ahead, and at least one role we know (a
 * token that lasts for ever or names no role is a mistake or a forgery, never a caller to guess for).
 */
export async function verifyBearer(header: string | undefined, settings: TokenSettings): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new TokenError('Authorization must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], settings.secret, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    if (!payload.sub) throw new TokenError('Token has no subject');
    const viewer = toViewer(payload.sub, payload as ViewerClaims);
    if (viewer.roles.length === 0) throw new TokenError('Token carries no known role');
    return viewer;
  } catch (error) {
    if (error instanceof TokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new TokenError('Token has expired');
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') throw new TokenError('Token has no expiry');
    throw new TokenError('Token is not valid');
  }
}

export class TokenError extends Error {}

export interface TokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly scope?: readonly string[];
  /** Lifetime, e.g. '8h'. */
  readonly expiresIn?: string;
}

export function signToken(request: TokenRequest, settings: TokenSettings): Promise<string> {
  return new SignJWT({ roles: request.roles, scope: request.scope ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(settings.secret);
}

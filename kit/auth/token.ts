import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ALL_ROLES, Role } from './role';
import { KeySourceError, PUBLIC_KEY_ALGORITHMS, type SigningKey, type VerificationKeys } from './token-keys';
import type { Viewer } from './viewer';

/** The claims every token is checked for, whatever signs it. */
interface ExpectedClaims {
  readonly issuer: string;
  readonly audience: string;
}

/** HS256 with one shared secret that both signs and verifies: the embedded demo, and tests. */
export interface SharedSecretSettings extends ExpectedClaims {
  readonly secret: Uint8Array;
}

/**
 * RS256/ES256 verified with public keys (a JWKS or a PEM key, kit/auth/token-keys.ts): production.
 * A deployment that mints tokens itself (service tokens, `npm run token`) also holds a signing key.
 */
export interface PublicKeySettings extends ExpectedClaims {
  readonly keys: VerificationKeys;
  readonly signingKey?: SigningKey;
}

/** How tokens are signed and checked; the same settings in the gateway and every subgraph. */
export type TokenSettings = SharedSecretSettings | PublicKeySettings;

/** Claims as they travel in the JWT. */
interface ViewerClaims {
  roles?: unknown;
  scope?: unknown;
  agency?: unknown;
}

/** What an `agency` claim may name: a folder of `schema/operations/` (lower case, digits, dashes). */
export const AGENCY_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Turns a verified JWT into a viewer; unknown roles are dropped, never guessed. */
function toViewer(subject: string, claims: ViewerClaims): Viewer {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => ALL_ROLES.includes(r as Role)) : [];
  const scope = Array.isArray(claims.scope) ? claims.scope.filter((s): s is string => typeof s === 'string') : [];
  const agency = typeof claims.agency === 'string' && AGENCY_NAME.test(claims.agency) ? claims.agency : undefined;
  return { id: subject, roles, scope: new Set(scope), ...(agency ? { agency } : {}) };
}

/**
 * Verifies an `Authorization` header value. Returns `null` for a missing header and throws
 * `TokenError` for anything present but not a valid token of ours: signed with our key, for our
 * issuer and audience, with a subject, an expiry still ahead, and at least one role we know (a
 * token that lasts for ever or names no role is a mistake or a forgery, never a caller to guess for).
 * A key source that cannot be read throws `KeySourceError`: the platform's failure, not the caller's.
 */
export async function verifyBearer(header: string | undefined, settings: TokenSettings): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new TokenError('Authorization must be "Bearer <token>"');
  try {
    const checks = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ['exp'] };
    // Each kind of key with its own algorithms only: an HS256 token "signed" with a public key's
    // bytes, or one with `alg: none`, is refused before any key is looked at.
    const { payload }: { payload: JWTPayload } =
      'secret' in settings
        ? await jwtVerify(match[1], settings.secret, { ...checks, algorithms: ['HS256'] })
        : await jwtVerify(match[1], settings.keys, { ...checks, algorithms: [...PUBLIC_KEY_ALGORITHMS] });
    if (!payload.sub) throw new TokenError('Token has no subject');
    const viewer = toViewer(payload.sub, payload as ViewerClaims);
    if (viewer.roles.length === 0) throw new TokenError('Token carries no known role');
    return viewer;
  } catch (error) {
    if (error instanceof TokenError || error instanceof KeySourceError) throw error;
    throw new TokenError(refusal(error));
  }
}

/** Why a token was refused, in words for the caller (never the token itself). */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp') return 'Token has no expiry';
    if (error.claim === 'iss') return 'Token is from another issuer';
    if (error.claim === 'aud') return 'Token is for another audience';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'Token is signed with an algorithm not accepted here';
  if (error instanceof errors.JWKSNoMatchingKey) return 'Token is signed with a key not known here';
  return 'Token is not valid';
}

export class TokenError extends Error {}

export interface TokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly scope?: readonly string[];
  /** Lifetime, e.g. '8h'. */
  readonly expiresIn?: string;
  /** A partner agency's registered operations (`schema/operations/<agency>/`), for PARTNER_AGENCY tokens. */
  readonly agency?: string;
}

/** True when these settings can sign tokens, not only verify them. */
export function canSign(settings: TokenSettings): boolean {
  return 'secret' in settings || settings.signingKey !== undefined;
}

/**
 * Signs a token: HS256 with the shared secret, or with the signing key (its algorithm and `kid`).
 * Settings with public keys only cannot sign: tokens then come from the identity provider.
 */
export function signToken(request: TokenRequest, settings: TokenSettings): Promise<string> {
  const jwt = new SignJWT({ roles: request.roles, scope: request.scope ?? [], ...(request.agency ? { agency: request.agency } : {}) })
    .setSubject(request.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h');
  if ('secret' in settings) return jwt.setProtectedHeader({ alg: 'HS256' }).sign(settings.secret);
  const { signingKey } = settings;
  if (!signingKey) {
    return Promise.reject(new Error('No signing key: tokens are verified with public keys only; set JWT_SIGNING_KEY_FILE to sign them here'));
  }
  return jwt.setProtectedHeader({ alg: signingKey.alg, ...(signingKey.kid ? { kid: signingKey.kid } : {}) }).sign(signingKey.key);
}

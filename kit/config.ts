import type { TokenSettings } from './auth/token';
import { fileKeys, remoteKeys, signingKeyFromFile, type VerificationKeys } from './auth/token-keys';

/** The secret `npm start` uses when none is configured; refused when NODE_ENV=production. */
const DEMO_JWT_SECRET = 'demo-only-secret-change-me-in-production-0123456789';

/** jose's defaults: refetch for an unknown `kid` at most every 30 s; use a fetched set for 10 min. */
const DEFAULT_JWKS_COOLDOWN_MS = 30_000;
const DEFAULT_JWKS_MAX_AGE_MS = 600_000;

function millisecondsFromEnv(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, got "${raw}"`);
  return value;
}

/**
 * The public keys named by `JWT_JWKS_URL`, `JWT_JWKS_FILE` or `JWT_PUBLIC_KEY_FILE` (one of them),
 * or `undefined` when none is set.
 */
function verificationKeysFromEnv(env: NodeJS.ProcessEnv, production: boolean): VerificationKeys | undefined {
  const sources = [env.JWT_JWKS_URL, env.JWT_JWKS_FILE, env.JWT_PUBLIC_KEY_FILE].filter(Boolean);
  if (sources.length > 1) throw new Error('Set one of JWT_JWKS_URL, JWT_JWKS_FILE and JWT_PUBLIC_KEY_FILE, not several');
  if (env.JWT_JWKS_URL) {
    let url: URL;
    try {
      url = new URL(env.JWT_JWKS_URL);
    } catch {
      throw new Error(`JWT_JWKS_URL must be a URL, got "${env.JWT_JWKS_URL}"`);
    }
    // Over plain HTTP anyone on the path could add a key of their own.
    if (production && url.protocol !== 'https:') throw new Error('JWT_JWKS_URL must be https when NODE_ENV=production');
    return remoteKeys(url, {
      cooldownMs: millisecondsFromEnv('JWT_JWKS_COOLDOWN_MS', env.JWT_JWKS_COOLDOWN_MS, DEFAULT_JWKS_COOLDOWN_MS),
      maxAgeMs: millisecondsFromEnv('JWT_JWKS_MAX_AGE_MS', env.JWT_JWKS_MAX_AGE_MS, DEFAULT_JWKS_MAX_AGE_MS),
    });
  }
  if (env.JWT_JWKS_FILE) return fileKeys(env.JWT_JWKS_FILE, 'jwks', 'JWT_JWKS_FILE');
  if (env.JWT_PUBLIC_KEY_FILE) return fileKeys(env.JWT_PUBLIC_KEY_FILE, 'pem', 'JWT_PUBLIC_KEY_FILE');
  return undefined;
}

/**
 * Token settings from the environment; the gateway, every subgraph and the scripts read the same.
 *
 * - **Public keys** (production): `JWT_JWKS_URL`, `JWT_JWKS_FILE` or `JWT_PUBLIC_KEY_FILE`; tokens are
 *   RS256/ES256; `JWT_SIGNING_KEY_FILE` optionally lets this deployment sign its own. Production
 *   requires `JWT_ISSUER` and `JWT_AUDIENCE` to be set: an identity provider's are never the demo's.
 * - **Shared secret** (the embedded demo): HS256 with `JWT_SECRET`, the demo secret when unset.
 *   Production refuses HS256 unless `JWT_ALLOW_HS256=true`, and refuses the demo secret however it
 *   arrives (unset, or set to it, with or without surrounding blanks): it is public in this repository.
 */
export function tokenSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TokenSettings {
  const production = env.NODE_ENV === 'production';
  const keys = verificationKeysFromEnv(env, production);
  if (keys) {
    if (env.JWT_SECRET) throw new Error('JWT_SECRET is set beside public keys: tokens are verified one way only, unset it');
    if (production && !(env.JWT_ISSUER && env.JWT_AUDIENCE)) {
      throw new Error("JWT_ISSUER and JWT_AUDIENCE must be set when NODE_ENV=production (the identity provider's issuer and this API's audience)");
    }
    return {
      keys,
      signingKey: env.JWT_SIGNING_KEY_FILE ? signingKeyFromFile(env.JWT_SIGNING_KEY_FILE, 'JWT_SIGNING_KEY_FILE') : undefined,
      issuer: env.JWT_ISSUER ?? 'grassroots-demo',
      audience: env.JWT_AUDIENCE ?? 'grassroots-api',
    };
  }
  if (env.JWT_SIGNING_KEY_FILE) {
    throw new Error('JWT_SIGNING_KEY_FILE needs the public keys it is checked with: set JWT_JWKS_URL, JWT_JWKS_FILE or JWT_PUBLIC_KEY_FILE');
  }
  const secret = env.JWT_SECRET ?? (production ? undefined : DEMO_JWT_SECRET);
  if (production && secret?.trim() === DEMO_JWT_SECRET) {
    throw new Error('JWT_SECRET is the public demo secret, refused when NODE_ENV=production');
  }
  if (production && env.JWT_ALLOW_HS256 !== 'true') {
    throw new Error(
      'NODE_ENV=production verifies RS256/ES256 tokens: set JWT_JWKS_URL, JWT_JWKS_FILE or JWT_PUBLIC_KEY_FILE (or JWT_ALLOW_HS256=true to keep a shared JWT_SECRET)',
    );
  }
  if (!secret || secret.length < 32) {
    throw new Error('JWT_SECRET must be set to at least 32 characters');
  }
  return {
    secret: new TextEncoder().encode(secret),
    issuer: env.JWT_ISSUER ?? 'grassroots-demo',
    audience: env.JWT_AUDIENCE ?? 'grassroots-api',
  };
}

/** A port from the environment, or the default; refuses anything that is not a port number. */
export function portFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return port;
}

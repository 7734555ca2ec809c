import type { TokenSettings } from './auth/token';

/** The secret `npm start` uses when none is configured; refused when NODE_ENV=production. */
const DEMO_JWT_SECRET = 'demo-only-secret-change-me-in-production-0123456789';

/**
 * Token settings from `JWT_SECRET`, `JWT_ISSUER`, `JWT_AUDIENCE`. In production the demo secret is
 * refused however it arrives (unset or set to it explicitly): it is public in this repository.
 */
export function tokenSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TokenSettings {
  const production = env.NODE_ENV === 'production';
  const secret = env.JWT_SECRET ?? (production ? undefined : DEMO_JWT_SECRET);
  if (!secret || secret.length < 32) {
    throw new Error('JWT_SECRET must be set to at least 32 characters');
  }
  if (production && secret === DEMO_JWT_SECRET) {
    throw new Error('JWT_SECRET is the public demo secret, refused when NODE_ENV=production');
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

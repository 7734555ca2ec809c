import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from 'jose';

/** The only algorithms accepted with public keys: no HMAC (a public key must never become a secret), no `none`. */
export const PUBLIC_KEY_ALGORITHMS = ['RS256', 'ES256'] as const;
export type PublicKeyAlgorithm = (typeof PUBLIC_KEY_ALGORITHMS)[number];

/** The keys tokens are verified with, picked by each token's header (`kid`, `alg`). */
export type VerificationKeys = JWTVerifyGetKey;

/** A private key this deployment signs its own tokens with (service tokens, `npm run token`). */
export interface SigningKey {
  readonly key: KeyObject;
  readonly alg: PublicKeyAlgorithm;
  /** Sent as the token's `kid`, so a key set picks the right public key. */
  readonly kid?: string;
}

/**
 * The key source could not be read (JWKS endpoint down, malformed set): the platform's fault, not
 * the caller's, so it is never answered as UNAUTHENTICATED.
 */
export class KeySourceError extends Error {}

/** How often a key file is looked at for a change, besides at once for a token with an unknown `kid`. */
export const KEY_FILE_CHECK_MS = 1_000;

/** RS256 for RSA, ES256 for P-256: the algorithm a key is good for. */
function algorithmOf(key: KeyObject, source: string): PublicKeyAlgorithm {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(`${source} must hold an RSA or P-256 EC key (RS256 or ES256), not ${key.asymmetricKeyType}`);
}

/** A public JWKS: its keys must be RSA or EC and public (a private or symmetric key here would be a leak or a confusion). */
function parseKeySet(text: string, source: string): JSONWebKeySet {
  let jwks: unknown;
  try {
    jwks = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON`);
  }
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${source} must be a JWKS: {"keys": [ … ]} with at least one key`);
  for (const key of keys as JWK[]) {
    if (key.kty !== 'RSA' && key.kty !== 'EC')
      throw new Error(`${source}: key ${key.kid ?? '(no kid)'} is ${key.kty}; only RSA and EC public keys are accepted`);
    if ('d' in key) throw new Error(`${source}: key ${key.kid ?? '(no kid)'} is a private key; publish public keys only`);
  }
  return { keys: keys as JWK[] };
}

/** One PEM public key (SPKI), for a deployment with a single key and no key set. */
function parsePublicKeyPem(text: string, source: string): KeyObject {
  if (/PRIVATE KEY/.test(text)) throw new Error(`${source} holds a private key; give the verifying services the public key only`);
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    throw new Error(`${source} is not a PEM public key`);
  }
  algorithmOf(key, source);
  return key;
}

export type KeyFileFormat = 'jwks' | 'pem';

function resolverOf(text: string, format: KeyFileFormat, source: string): VerificationKeys {
  if (format === 'jwks') return createLocalJWKSet(parseKeySet(text, source));
  const key = parsePublicKeyPem(text, source);
  return async () => key;
}

/**
 * Keys from a file (a JWKS, or one PEM public key), re-read without a restart: the file is looked at
 * every `checkMs` and at once when a token names a `kid` the loaded keys lack, and re-read when it
 * changed — a key added is accepted, a key removed stops verifying. A file that cannot be read or
 * parsed at start stops the service; later, while it is being replaced, the keys last read stay.
 */
export function fileKeys(path: string, format: KeyFileFormat, source: string, checkMs = KEY_FILE_CHECK_MS): VerificationKeys {
  const stampOf = (stats: { mtimeMs: number; size: number; ino: number }) => `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
  let text: string;
  let stamp: string;
  try {
    stamp = stampOf(statSync(path));
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${source} (${path}) cannot be read`);
  }
  let current = { resolve: resolverOf(text, format, source), stamp };
  let checkedAt = Date.now();
  let checking: Promise<void> | undefined;

  const check = () =>
    (checking ??= (async () => {
      try {
        checkedAt = Date.now();
        const seen = stampOf(await stat(path));
        if (seen === current.stamp) return;
        current = { resolve: resolverOf(await readFile(path, 'utf8'), format, source), stamp: seen };
      } catch {
        // Mid-replacement (missing or half-written): keep the keys last read, look again next time.
      } finally {
        checking = undefined;
      }
    })());

  return async (header, token) => {
    if (Date.now() - checkedAt >= checkMs) await check();
    try {
      return await current.resolve(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      await check();
      return current.resolve(header, token);
    }
  };
}

export interface RemoteKeyOptions {
  /** Least time between two fetches caused by an unknown `kid` (jose's cooldown). */
  readonly cooldownMs: number;
  /** How long a fetched set is used before it is fetched again: a removed key verifies at most this long. */
  readonly maxAgeMs: number;
}

/**
 * Keys from a JWKS URL (an identity provider's `jwks_uri`) through jose's remote key set: fetched on
 * first use, again when a token names an unknown `kid` (at most once per cooldown) and when the set
 * is older than `maxAgeMs`. A set that cannot be fetched is a `KeySourceError`, not the caller's fault.
 */
export function remoteKeys(url: URL, options: RemoteKeyOptions): VerificationKeys {
  const set = createRemoteJWKSet(url, { cooldownDuration: options.cooldownMs, cacheMaxAge: options.maxAgeMs });
  return async (header, token) => {
    try {
      return await set(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeySourceError(`The JWKS at ${url.href} could not be used: ${(error as Error).message}`);
    }
  };
}

/**
 * A private key from a file: a private JWK (its `kid` is sent in each token) or a PKCS#8 PEM.
 * Its public half must be among the verification keys.
 */
export function signingKeyFromFile(path: string, source: string): SigningKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${source} (${path}) cannot be read`);
  }
  let key: KeyObject;
  let kid: string | undefined;
  try {
    if (text.trimStart().startsWith('{')) {
      const jwk = JSON.parse(text) as JWK;
      key = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
      kid = jwk.kid;
    } else {
      key = createPrivateKey(text);
    }
  } catch {
    throw new Error(`${source} must be a private JWK or a PKCS#8 PEM private key`);
  }
  return { key, alg: algorithmOf(key, source), kid };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import type { Role } from '../auth/role';
import type { PublicKeyAlgorithm } from '../auth/token-keys';

/** A real key pair as an identity provider holds it: the private key signs, the public JWK is published. */
export interface TestSigningKey {
  readonly kid: string;
  readonly alg: PublicKeyAlgorithm;
  readonly privateKey: KeyLike;
  readonly publicJwk: JWK;
  /** The public key as PEM (SPKI), for `JWT_PUBLIC_KEY_FILE` and for alg-confusion attempts. */
  readonly publicPem: string;
}

export async function testSigningKey(kid: string, alg: PublicKeyAlgorithm): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }, publicPem: await exportSPKI(publicKey) };
}

export interface TestClaims {
  readonly issuer: string;
  readonly audience: string;
  readonly roles: readonly Role[];
  readonly subject?: string;
  /** Seconds since the epoch; `null` for a token without `exp`. Default: an hour ahead. */
  readonly expiresAt?: number | null;
}

/** A token signed with `key`, its `kid` in the header. */
export function signWith(key: TestSigningKey, claims: TestClaims): Promise<string> {
  const jwt = new SignJWT({ roles: claims.roles, scope: [] })
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setSubject(claims.subject ?? 'test-user')
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt();
  const expiresAt = claims.expiresAt === undefined ? Math.floor(Date.now() / 1000) + 3600 : claims.expiresAt;
  return (expiresAt === null ? jwt : jwt.setExpirationTime(expiresAt)).sign(key.privateKey);
}

/** A JWKS endpoint on a real local HTTP server whose keys a test changes while services run. */
export interface JwksServer {
  readonly url: string;
  /** Fetches served so far. */
  readonly fetches: number;
  publish(keys: readonly TestSigningKey[]): void;
  close(): Promise<void>;
}

export async function startJwksServer(keys: readonly TestSigningKey[]): Promise<JwksServer> {
  let published = keys;
  let fetches = 0;
  const server: Server = createServer((_request, response) => {
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: published.map(key => key.publicJwk) }));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    get fetches() {
      return fetches;
    },
    publish(next) {
      published = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

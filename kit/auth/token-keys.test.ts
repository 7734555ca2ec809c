import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, exportPKCS8, SignJWT } from 'jose';
import { tokenSettingsFromEnv } from '../config';
import { signWith, startJwksServer, testSigningKey, type TestSigningKey } from '../testing/signing-keys';
import { Role } from './role';
import { signToken, TokenError, verifyBearer, type TokenSettings } from './token';
import { fileKeys } from './token-keys';

const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'grassroots-api';
const claims = { issuer: ISSUER, audience: AUDIENCE, roles: [Role.CITY_ADMIN] };

let dir: string;
let rsa: TestSigningKey;
let ec: TestSigningKey;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'token-keys-'));
  [rsa, ec] = await Promise.all([testSigningKey('rsa-1', 'RS256'), testSigningKey('ec-1', 'ES256')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file the way operators should (a new file renamed over the old), so a reader never sees half of it. */
function writeAtomically(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  return path;
}

const jwks = (...keys: TestSigningKey[]) => JSON.stringify({ keys: keys.map(key => key.publicJwk) });
const bearer = async (token: Promise<string>) => `Bearer ${await token}`;

describe('a JWKS file (JWT_JWKS_FILE)', () => {
  let settings: TokenSettings;
  beforeAll(() => {
    settings = tokenSettingsFromEnv({ JWT_JWKS_FILE: writeAtomically('both.json', jwks(rsa, ec)), JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
  });

  it.each([
    ['RS256', () => rsa],
    ['ES256', () => ec],
  ])('accepts an %s token of a key in the set', async (_alg, key) => {
    const viewer = await verifyBearer(await bearer(signWith(key(), { ...claims, subject: 'u1' })), settings);
    expect(viewer).toEqual({ id: 'u1', roles: [Role.CITY_ADMIN], scope: new Set() });
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ['another issuer', () => signWith(rsa, { ...claims, issuer: 'https://evil.example.test/' }), 'Token is from another issuer'],
    ['another audience', () => signWith(ec, { ...claims, audience: 'someone-else' }), 'Token is for another audience'],
    ['an expired token', () => signWith(rsa, { ...claims, expiresAt: now() - 60 }), 'Token has expired'],
    ['a token without exp', () => signWith(ec, { ...claims, expiresAt: null }), 'Token has no expiry'],
    ['a token with no known role', () => signWith(rsa, { ...claims, roles: ['WIZARD' as Role] }), 'Token carries no known role'],
    [
      'HS256 signed with the public key as the secret (alg confusion)',
      () =>
        new SignJWT({ roles: [Role.CITY_ADMIN] })
          .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
          .setSubject('x')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(rsa.publicPem)),
      'Token is signed with an algorithm not accepted here',
    ],
    [
      'an unsigned token (alg none)',
      async () =>
        `${Buffer.from(JSON.stringify({ alg: 'none', kid: rsa.kid })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: now() + 3600, roles: [Role.CITY_ADMIN] })).toString('base64url')}.`,
      'Token is signed with an algorithm not accepted here',
    ],
  ])('refuses %s', async (_case, token, message) => {
    const refusal = verifyBearer(await bearer(token()), settings);
    await expect(refusal).rejects.toBeInstanceOf(TokenError);
    await expect(refusal).rejects.toThrow(message);
  });

  it('refuses a token of a key not in the set, even one claiming a known kid', async () => {
    const stranger = await testSigningKey('ec-1', 'ES256');
    await expect(verifyBearer(await bearer(signWith(stranger, claims)), settings)).rejects.toThrow('Token is not valid');
    const unknown = await testSigningKey('ec-9', 'ES256');
    await expect(verifyBearer(await bearer(signWith(unknown, claims)), settings)).rejects.toThrow('Token is signed with a key not known here');
  });
});

describe('one PEM public key (JWT_PUBLIC_KEY_FILE)', () => {
  it('accepts tokens of that key and refuses another', async () => {
    const settings = tokenSettingsFromEnv({ JWT_PUBLIC_KEY_FILE: writeAtomically('ec.pem', ec.publicPem), JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
    expect(await verifyBearer(await bearer(signWith(ec, claims)), settings)).toMatchObject({ roles: [Role.CITY_ADMIN] });
    await expect(verifyBearer(await bearer(signWith(rsa, claims)), settings)).rejects.toBeInstanceOf(TokenError);
  });
});

describe('the demo secret (HS256)', () => {
  it('refuses RS256 tokens: a deployment verifies one way only', async () => {
    await expect(verifyBearer(await bearer(signWith(rsa, { ...claims, issuer: 'grassroots-demo' })), tokenSettingsFromEnv({}))).rejects.toThrow(
      'Token is signed with an algorithm not accepted here',
    );
  });
});

describe('rotation of a key file without restart', () => {
  it('accepts a key added to the file at once, and refuses a key removed from it', async () => {
    const next = await testSigningKey('ec-2', 'ES256');
    const path = writeAtomically('rotating.json', jwks(rsa));
    // Looked at on every token here (checkMs 0); a service looks once a second and on an unknown kid.
    const settings: TokenSettings = { keys: fileKeys(path, 'jwks', 'JWT_JWKS_FILE', 0), issuer: ISSUER, audience: AUDIENCE };
    const oldToken = await bearer(signWith(rsa, claims));
    const newToken = await bearer(signWith(next, claims));
    await expect(verifyBearer(newToken, settings)).rejects.toThrow('Token is signed with a key not known here');

    writeAtomically('rotating.json', jwks(rsa, next));
    expect(await verifyBearer(newToken, settings)).not.toBeNull();
    expect(await verifyBearer(oldToken, settings)).not.toBeNull();

    writeAtomically('rotating.json', jwks(next));
    await expect(verifyBearer(oldToken, settings)).rejects.toThrow('Token is signed with a key not known here');
    expect(await verifyBearer(newToken, settings)).not.toBeNull();
  });

  it('keeps the keys last read while the file is missing or half-written', async () => {
    const path = writeAtomically('flaky.json', jwks(ec));
    const settings: TokenSettings = { keys: fileKeys(path, 'jwks', 'JWT_JWKS_FILE', 0), issuer: ISSUER, audience: AUDIENCE };
    const token = await bearer(signWith(ec, claims));
    writeFileSync(path, '{"keys": [');
    expect(await verifyBearer(token, settings)).not.toBeNull();
    rmSync(path);
    expect(await verifyBearer(token, settings)).not.toBeNull();
  });
});

describe('key files that are refused at start', () => {
  const env = (extra: Record<string, string>) => ({ JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, ...extra });
  it.each([
    ['a missing file', () => env({ JWT_JWKS_FILE: join(dir, 'nope.json') }), 'cannot be read'],
    [
      'a JWKS with a private key',
      () => env({ JWT_JWKS_FILE: writeAtomically('private.json', JSON.stringify({ keys: [{ ...rsa.publicJwk, d: 'AAAA' }] })) }),
      'is a private key',
    ],
    [
      'a JWKS with a symmetric key',
      () => env({ JWT_JWKS_FILE: writeAtomically('oct.json', JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0', kid: 'k' }] })) }),
      'only RSA and EC',
    ],
    ['an empty JWKS', () => env({ JWT_JWKS_FILE: writeAtomically('empty.json', '{"keys":[]}') }), 'at least one key'],
    [
      'a PEM file with a private key',
      () => env({ JWT_PUBLIC_KEY_FILE: writeAtomically('private.pem', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n') }),
      'holds a private key',
    ],
  ])('%s', (_case, environment, message) => {
    expect(() => tokenSettingsFromEnv(environment())).toThrow(message);
  });
});

describe('a signing key of our own (JWT_SIGNING_KEY_FILE)', () => {
  it.each([
    ['a private JWK, its kid in the header', async (key: TestSigningKey) => JSON.stringify({ ...(await exportJWK(key.privateKey)), kid: key.kid })],
    ['a PKCS#8 PEM', async (key: TestSigningKey) => exportPKCS8(key.privateKey)],
  ])('signs tokens the public keys verify: %s', async (_format, privateText) => {
    const signing = writeAtomically(`signing-${_format.length}`, await privateText(ec));
    const settings = tokenSettingsFromEnv({
      JWT_JWKS_FILE: writeAtomically('signer.json', jwks(rsa, ec)),
      JWT_SIGNING_KEY_FILE: signing,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    });
    const token = await signToken({ subject: 'svc', roles: [Role.SERVICE] }, settings);
    expect(await verifyBearer(`Bearer ${token}`, settings)).toMatchObject({ id: 'svc', roles: [Role.SERVICE] });
  });

  it('cannot sign where only public keys are configured', async () => {
    const settings = tokenSettingsFromEnv({ JWT_JWKS_FILE: writeAtomically('verify-only.json', jwks(ec)), JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
    await expect(signToken({ subject: 'svc', roles: [Role.SERVICE] }, settings)).rejects.toThrow('set JWT_SIGNING_KEY_FILE');
  });
});

describe('a JWKS URL (JWT_JWKS_URL)', () => {
  it('fetches once, and within the cooldown a flood of unknown kids costs the identity provider nothing', async () => {
    const server = await startJwksServer([ec]);
    try {
      const settings = tokenSettingsFromEnv({ JWT_JWKS_URL: server.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_COOLDOWN_MS: '60000' });
      expect(await verifyBearer(await bearer(signWith(ec, claims)), settings)).not.toBeNull();
      expect(server.fetches).toBe(1);
      for (const kid of ['x1', 'x2', 'x3', 'x4', 'x5']) {
        await expect(verifyBearer(await bearer(signWith({ ...ec, kid }, claims)), settings)).rejects.toThrow('Token is signed with a key not known here');
      }
      expect(server.fetches).toBe(1);
    } finally {
      await server.close();
    }
  });
});

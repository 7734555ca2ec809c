import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenSettingsFromEnv } from './config';
import { testSigningKey } from './testing/signing-keys';

const DEMO = 'demo-only-secret-change-me-in-production-0123456789';
const STRONG = 'k'.repeat(40);
const secretOf = (settings: ReturnType<typeof tokenSettingsFromEnv>) => ('secret' in settings ? new TextDecoder().decode(settings.secret) : undefined);

test('outside production the demo secret is the default', () => {
  expect(secretOf(tokenSettingsFromEnv({}))).toBe(DEMO);
});

test('production refuses the demo secret however it is supplied, and a missing or short one', () => {
  const allowed = { NODE_ENV: 'production', JWT_ALLOW_HS256: 'true' };
  expect(() => tokenSettingsFromEnv(allowed)).toThrow('JWT_SECRET must be set');
  expect(() => tokenSettingsFromEnv({ ...allowed, JWT_SECRET: DEMO })).toThrow('public demo secret');
  expect(() => tokenSettingsFromEnv({ ...allowed, JWT_SECRET: ` ${DEMO}\n` })).toThrow('public demo secret');
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: DEMO })).toThrow('public demo secret');
  expect(() => tokenSettingsFromEnv({ ...allowed, JWT_SECRET: 'short' })).toThrow('at least 32');
  expect(secretOf(tokenSettingsFromEnv({ ...allowed, JWT_SECRET: STRONG }))).toBe(STRONG);
});

test('production refuses HS256 unless JWT_ALLOW_HS256=true', () => {
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production' })).toThrow('set JWT_JWKS_URL, JWT_JWKS_FILE or JWT_PUBLIC_KEY_FILE');
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: STRONG })).toThrow('JWT_ALLOW_HS256=true');
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: STRONG, JWT_ALLOW_HS256: 'yes' })).toThrow('JWT_ALLOW_HS256=true');
});

describe('public keys', () => {
  let dir: string;
  let jwksFile: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'config-'));
    jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [(await testSigningKey('k1', 'ES256')).publicJwk] }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('production takes them with its issuer and audience, and needs no secret', () => {
    const settings = tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_JWKS_FILE: jwksFile, JWT_ISSUER: 'https://id.example/', JWT_AUDIENCE: 'api' });
    expect(settings).toMatchObject({ issuer: 'https://id.example/', audience: 'api', keys: expect.any(Function) });
    expect(secretOf(settings)).toBeUndefined();
  });

  test('production requires the issuer and the audience with them', () => {
    expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_JWKS_FILE: jwksFile, JWT_AUDIENCE: 'api' })).toThrow(
      'JWT_ISSUER and JWT_AUDIENCE must be set',
    );
    expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_JWKS_FILE: jwksFile, JWT_ISSUER: 'https://id.example/' })).toThrow(
      'JWT_ISSUER and JWT_AUDIENCE must be set',
    );
  });

  test('production fetches a JWKS over https only', () => {
    const env = { NODE_ENV: 'production', JWT_ISSUER: 'https://id.example/', JWT_AUDIENCE: 'api' };
    expect(() => tokenSettingsFromEnv({ ...env, JWT_JWKS_URL: 'http://id.example/jwks.json' })).toThrow('must be https');
    expect(tokenSettingsFromEnv({ ...env, JWT_JWKS_URL: 'https://id.example/jwks.json' })).toMatchObject({ keys: expect.any(Function) });
  });

  test('one way to verify: keys beside a secret, two key sources, or a signing key alone are refused', () => {
    expect(() => tokenSettingsFromEnv({ JWT_JWKS_FILE: jwksFile, JWT_SECRET: STRONG })).toThrow('JWT_SECRET is set beside public keys');
    expect(() => tokenSettingsFromEnv({ JWT_JWKS_FILE: jwksFile, JWT_JWKS_URL: 'https://id.example/jwks.json' })).toThrow('not several');
    expect(() => tokenSettingsFromEnv({ JWT_SIGNING_KEY_FILE: jwksFile })).toThrow('needs the public keys');
    expect(() => tokenSettingsFromEnv({ JWT_JWKS_URL: 'https://id.example/jwks.json', JWT_JWKS_COOLDOWN_MS: 'soon' })).toThrow(
      'JWT_JWKS_COOLDOWN_MS must be a whole number',
    );
  });
});

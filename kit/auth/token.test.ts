import { SignJWT } from 'jose';
import { Role } from './role';
import { signToken, TokenError, verifyBearer, type TokenSettings } from './token';

const settings: TokenSettings = { secret: new TextEncoder().encode('x'.repeat(32)), issuer: 'test-issuer', audience: 'test-audience' };

test('a signed token verifies to its viewer; unknown roles beside a known one are dropped', async () => {
  const token = await signToken({ subject: 'u1', roles: [Role.GRID_WORKER, 'WIZARD' as Role], scope: ['c1'] }, settings);
  const viewer = await verifyBearer(`Bearer ${token}`, settings);
  expect(viewer).toEqual({ id: 'u1', roles: [Role.GRID_WORKER], scope: new Set(['c1']) });
});

test('no header is no viewer', async () => {
  expect(await verifyBearer(undefined, settings)).toBeNull();
});

test.each([
  ['a malformed header', async () => 'Token abc'],
  ['a wrong secret', async () => `Bearer ${await signToken({ subject: 'u', roles: [] }, { ...settings, secret: new TextEncoder().encode('y'.repeat(32)) })}`],
  ['a wrong audience', async () => `Bearer ${await signToken({ subject: 'u', roles: [] }, { ...settings, audience: 'other' })}`],
  ['an expired token', async () => `Bearer ${await new SignJWT({ roles: [] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(settings.issuer).setAudience(settings.audience).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(settings.secret)}`],
  ['a token without expiry', async () => `Bearer ${await new SignJWT({ roles: [Role.CITY_ADMIN] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(settings.issuer).setAudience(settings.audience).sign(settings.secret)}`],
  ['a token with no role', async () => `Bearer ${await signToken({ subject: 'u', roles: [] }, settings)}`],
  ['a token with only unknown roles', async () => `Bearer ${await signToken({ subject: 'u', roles: ['WIZARD' as Role] }, settings)}`],
  ['an unsigned token', async () => `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u"}').toString('base64url')}.`],
])('refuses %s', async (_case, header) => {
  await expect(verifyBearer(await header(), settings)).rejects.toBeInstanceOf(TokenError);
});

test('the refusal says why, without echoing the token', async () => {
  const unexpiring = await new SignJWT({ roles: [Role.CITY_ADMIN] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer(settings.issuer).setAudience(settings.audience).sign(settings.secret);
  await expect(verifyBearer(`Bearer ${unexpiring}`, settings)).rejects.toThrow('Token has no expiry');
  await expect(verifyBearer(`Bearer ${await signToken({ subject: 'u', roles: [] }, settings)}`, settings)).rejects.toThrow('Token carries no known role');
});

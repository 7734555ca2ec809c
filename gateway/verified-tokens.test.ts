import * as token from '../kit/auth/token';
import { Role } from '../kit/auth/role';
import { rememberingVerifier, VERIFIED_TOKEN_MS } from './verified-tokens';

const settings: token.TokenSettings = { secret: new TextEncoder().encode('x'.repeat(32)), issuer: 'test-issuer', audience: 'test-audience' };

/** Counts the signature checks behind the gateway's verifier; the clock is the test's. */
describe('the gateway remembers tokens it accepted', () => {
  let checks: jest.Mock;
  let clock: number;
  let remembering: () => ReturnType<typeof rememberingVerifier>;
  beforeEach(() => {
    checks = jest.fn(token.verifyBearer);
    clock = Date.now();
    remembering = () => rememberingVerifier(settings, () => clock, checks);
  });

  test('the same header within the minute is checked once and gives the same viewer', async () => {
    const header = `Bearer ${await token.signToken({ subject: 'u1', roles: [Role.GRID_WORKER], scope: ['c1'] }, settings)}`;
    const verify = remembering();
    const first = await verify(header);
    clock += VERIFIED_TOKEN_MS - 1;
    expect(await verify(header)).toBe(first);
    expect(first).toEqual({ id: 'u1', roles: [Role.GRID_WORKER], scope: new Set(['c1']) });
    expect(checks).toHaveBeenCalledTimes(1);
  });

  test('after the minute it is checked again', async () => {
    const header = `Bearer ${await token.signToken({ subject: 'u1', roles: [Role.GRID_WORKER] }, settings)}`;
    const verify = remembering();
    await verify(header);
    clock += VERIFIED_TOKEN_MS;
    await verify(header);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  test('never past its own expiry: a token that expires in 10 s is checked again at 10 s', async () => {
    const header = `Bearer ${await token.signToken({ subject: 'u1', roles: [Role.GRID_WORKER], expiresIn: '10s' }, settings)}`;
    const verify = remembering();
    await verify(header);
    clock = (Math.floor(Date.now() / 1000) + 10) * 1000;
    await verify(header).catch(() => undefined);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  test('a refused token is refused every time, each time checked', async () => {
    const forged = `Bearer ${await token.signToken({ subject: 'u1', roles: [Role.CITY_ADMIN] }, { ...settings, secret: new TextEncoder().encode('y'.repeat(32)) })}`;
    const verify = remembering();
    await expect(verify(forged)).rejects.toBeInstanceOf(token.TokenError);
    await expect(verify(forged)).rejects.toBeInstanceOf(token.TokenError);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  test('no header is no viewer', async () => {
    expect(await rememberingVerifier(settings)(undefined)).toBeNull();
  });
});

import { tokenSettingsFromEnv } from './config';

const DEMO = 'demo-only-secret-change-me-in-production-0123456789';

test('outside production the demo secret is the default', () => {
  expect(new TextDecoder().decode(tokenSettingsFromEnv({}).secret)).toBe(DEMO);
});

test('production refuses the demo secret however it is supplied, and a missing or short one', () => {
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production' })).toThrow('JWT_SECRET must be set');
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: DEMO })).toThrow('public demo secret');
  expect(() => tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow('at least 32');
  expect(new TextDecoder().decode(tokenSettingsFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40) }).secret)).toBe('k'.repeat(40));
});

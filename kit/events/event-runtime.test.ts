import type { KeyObject } from 'node:crypto';
import { createLocalJWKSet } from 'jose';
import pino from 'pino';
import { testSigningKey } from '../testing/signing-keys';
import { eventTransportFromEnv } from './event-runtime';

const log = pino({ level: 'silent' });

test('the embedded transport will not start where this service cannot sign its SERVICE tokens; JetStream needs none', async () => {
  const key = await testSigningKey('k1', 'ES256');
  const verifyOnly = { keys: createLocalJWKSet({ keys: [key.publicJwk] }), issuer: 'https://id.example/', audience: 'api' };
  expect(() => eventTransportFromEnv('party', verifyOnly, log, {})).toThrow('set JWT_SIGNING_KEY_FILE, or NATS_URL');
  expect(eventTransportFromEnv('party', { ...verifyOnly, signingKey: { key: key.privateKey as KeyObject, alg: 'ES256', kid: 'k1' } }, log, {}).kind).toBe(
    'embedded',
  );
  expect(eventTransportFromEnv('party', verifyOnly, log, { NATS_URL: 'nats://127.0.0.1:1' }).kind).toBe('jetstream');
});

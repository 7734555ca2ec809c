import { createHmac, timingSafeEqual } from 'node:crypto';
import type { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The header the gateway signs each subgraph request with. */
export const GATEWAY_PROOF_HEADER = 'x-gateway-proof';
/** How far a proof's time may lie from the subgraph's clock. */
const MAX_SKEW_SECONDS = 60;

function signature(secret: string, seconds: number, requestId: string): string {
  return createHmac('sha256', secret).update(`${seconds}.${requestId}`).digest('base64url');
}

/**
 * The gateway's proof for one subgraph request: `<unix seconds>.<HMAC-SHA256 of time and request id>`
 * under the secret it shares with the subgraphs. A subgraph that checks it answers only the gateway:
 * a caller who reaches a subgraph's port directly holds a token, perhaps, but not the secret.
 */
export function gatewayProof(secret: string, requestId: string, now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000);
  return `${seconds}.${signature(secret, seconds, requestId)}`;
}

/** True when `proof` was made with `secret` for `requestId` within the last minute or so. */
export function isGatewayProof(secret: string, requestId: string, proof: string | undefined, now: number = Date.now()): boolean {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(proof ?? '');
  if (!match) return false;
  const seconds = Number(match[1]);
  if (Math.abs(now / 1000 - seconds) > MAX_SKEW_SECONDS) return false;
  const expected = Buffer.from(signature(secret, seconds, requestId));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Refuses (HTTP 403) a subgraph request that does not carry the gateway's proof. */
export function requireGatewayProof(secret: string, headers: HeaderMap, requestId: string): void {
  if (!isGatewayProof(secret, requestId, headers.get(GATEWAY_PROOF_HEADER))) {
    throw new GraphQLError('This service answers the gateway only', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

/**
 * `GATEWAY_SECRET` (at least 32 characters) — the secret the gateway and the subgraphs share. In
 * production it must be set, unless `SUBGRAPH_DIRECT_ACCESS=allow` says the subgraphs are meant to
 * be called directly (a network policy or mTLS in front of them instead); elsewhere it is optional.
 */
export function gatewaySecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.GATEWAY_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) throw new Error('GATEWAY_SECRET must be at least 32 characters');
  if (!secret && env.NODE_ENV === 'production' && env.SUBGRAPH_DIRECT_ACCESS !== 'allow') {
    throw new Error('GATEWAY_SECRET must be set when NODE_ENV=production (or SUBGRAPH_DIRECT_ACCESS=allow)');
  }
  return secret;
}

import { decodeJwt } from 'jose';
import { verifyBearer, type TokenSettings } from '../kit/auth/token';
import type { Viewer } from '../kit/auth/viewer';

/** How long the gateway trusts a token it verified before checking its signature again. */
export const VERIFIED_TOKEN_MS = 60_000;
/** Tokens remembered at most; past it the oldest is forgotten. */
const MAX_TOKENS = 10_000;

export type BearerVerifier = (header: string | undefined) => Promise<Viewer | null>;

/**
 * `verifyBearer` that remembers a header it accepted, for `VERIFIED_TOKEN_MS` and never past the
 * token's own expiry: a client sends the same token with every request, and checking its signature
 * each time cost 2–3 % of the gateway's CPU per request with HS256 (RS256/ES256 cost more). Only
 * accepted tokens are remembered: a refused one is checked (and refused) every time. The gateway
 * checks a token for its 401 and its rate limit; every subgraph verifies it again on each request,
 * so a key withdrawn from the key set stops a token there at once and here within the minute.
 */
export function rememberingVerifier(settings: TokenSettings, now: () => number = Date.now, check: typeof verifyBearer = verifyBearer): BearerVerifier {
  const accepted = new Map<string, { viewer: Viewer; until: number }>();
  return async header => {
    if (!header) return check(header, settings);
    const remembered = accepted.get(header);
    if (remembered && now() < remembered.until) return remembered.viewer;
    accepted.delete(header);
    const viewer = await check(header, settings);
    if (viewer) {
      // verifyBearer accepted it, so it is a JWT with an expiry (`exp`, seconds).
      const expiresAt = Number(decodeJwt(header.trim().split(/\s+/)[1]).exp) * 1000;
      if (accepted.size >= MAX_TOKENS) accepted.delete(accepted.keys().next().value as string);
      accepted.set(header, { viewer, until: Math.min(expiresAt, now() + VERIFIED_TOKEN_MS) });
    }
    return viewer;
  };
}

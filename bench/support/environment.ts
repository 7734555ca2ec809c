import { randomBytes } from 'node:crypto';

/**
 * The environment every bench process runs in: production mode, as deployed. graphql-js, Apollo
 * Server and other libraries skip development-only checks there (graphql-js's `instanceOf` cross-realm
 * check alone was 2.5 % of grids' CPU per building), so a bench in development mode would time code
 * no deployment runs. Production refuses the demo secret: each run signs with a fresh one over HS256.
 * The subgraphs are called directly (`SUBGRAPH_DIRECT_ACCESS=allow`, no `GATEWAY_SECRET`), because
 * the peer gateways cannot sign our gateway's proof; every contender meets the same subgraphs.
 */
export function benchEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('base64url'),
    JWT_ALLOW_HS256: 'true',
    SUBGRAPH_DIRECT_ACCESS: 'allow',
    ...extra,
  };
  for (const name of ['GATEWAY_SECRET', 'DATABASE_URL', 'JWT_JWKS_URL', 'JWT_JWKS_FILE', 'JWT_PUBLIC_KEY_FILE', 'JWT_SIGNING_KEY_FILE']) delete env[name];
  return env;
}

import { parseArgs } from 'node:util';
import { agencyManifests } from '../gateway/partners/operation-manifest';
import { ALL_ROLES, Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';

const USAGE = `Prints a signed bearer token (and nothing else) for the API.

usage: npm run --silent token -- --role <ROLE> [--role <ROLE> …] [--scope <id,id>] [--subject <name>] [--expires 8h] [--agency <name>]

  --role      one of: ${ALL_ROLES.join(', ')}
  --scope     territory ids (subdistrict, community, compound, building or grid) the caller works in;
              comma-separated or repeated. City-wide roles (CITY_ADMIN, BI_ANALYST, SERVICE) need none.
  --subject   the token's subject (default: demo-<first role>)
  --expires   lifetime such as 30m, 8h, 7d (default 8h)
  --agency    required with PARTNER_AGENCY: whose registered operations the token may run, one of the
              folders of schema/operations/ (docs/partners.md)

Signed with JWT_SECRET / JWT_ISSUER / JWT_AUDIENCE (the demo secret when JWT_SECRET is unset), or with
JWT_SIGNING_KEY_FILE where the services verify public keys (JWT_JWKS_URL, JWT_JWKS_FILE, JWT_PUBLIC_KEY_FILE).`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string', multiple: true },
        scope: { type: 'string', multiple: true },
        subject: { type: 'string' },
        expires: { type: 'string' },
        agency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const roles = (values.role ?? []).flatMap((role) => role.split(',')).map((role) => role.trim().toUpperCase());
  if (roles.length === 0) fail('At least one --role is required.');
  const unknown = roles.filter((role) => !ALL_ROLES.includes(role as Role));
  if (unknown.length > 0) fail(`Unknown role ${unknown.join(', ')}. Valid roles: ${ALL_ROLES.join(', ')}`);
  const scope = (values.scope ?? []).flatMap((ids) => ids.split(',')).map((id) => id.trim()).filter(Boolean);
  const expiresIn = values.expires ?? '8h';
  if (!/^\d+\s*(s|sec|secs|m|min|mins|h|hr|hrs|d|days?|w|weeks?)$/i.test(expiresIn)) fail(`--expires must look like 30m, 8h or 7d, got "${expiresIn}".`);
  const agency = values.agency;
  const agencies = [...agencyManifests().keys()];
  if (roles.includes(Role.PARTNER_AGENCY) && !agency) fail(`A PARTNER_AGENCY token needs --agency, one of: ${agencies.join(', ')}`);
  if (agency && !agencies.includes(agency)) fail(`No operations are registered for agency "${agency}". Registered: ${agencies.join(', ')}`);
  const token = await signToken(
    { subject: values.subject ?? `demo-${roles[0].toLowerCase().replace(/_/g, '-')}`, roles: roles as Role[], scope, expiresIn, agency },
    tokenSettingsFromEnv(),
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyManifests } from '../gateway/partners/operation-manifest';
import { projectRoot } from '../kit/project-root';

/** Where `npm run build` writes each agency's manifest, to hand to the agency's developers. */
export const PARTNER_OPERATIONS_DIR = join('dist', 'partner-operations');

/**
 * `npm run --silent partner-operations -- <agency>` prints one agency's persisted query manifest
 * (Apollo's format: id = SHA-256 of body); without an agency it writes every agency's to
 * dist/partner-operations/<agency>.json (run by `npm run build`). Both come from
 * schema/operations/<agency>/*.graphql, as the gateway's at start: no hash is kept by hand.
 */
function main(): void {
  const manifests = agencyManifests();
  const [agency] = process.argv.slice(2);
  if (agency) {
    const manifest = manifests.get(agency);
    if (!manifest) {
      console.error(`No operations are registered for agency "${agency}". Registered: ${[...manifests.keys()].join(', ')}`);
      process.exit(2);
    }
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    return;
  }
  const out = join(projectRoot(), PARTNER_OPERATIONS_DIR);
  mkdirSync(out, { recursive: true });
  for (const [name, manifest] of manifests) writeFileSync(join(out, `${name}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Wrote ${[...manifests.keys()].map(name => join(PARTNER_OPERATIONS_DIR, `${name}.json`)).join(', ')}`);
}

main();

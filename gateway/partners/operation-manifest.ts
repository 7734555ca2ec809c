import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Kind, OperationTypeNode, parse, print, type OperationDefinitionNode } from 'graphql';
import { AGENCY_NAME } from '../../kit/auth/token';
import { projectRoot } from '../../kit/project-root';

/** Where each partner agency's registered operations live: `schema/operations/<agency>/<Name>.graphql`. */
export const OPERATIONS_DIR = join('schema', 'operations');

/** One registered operation, as Apollo's persisted query manifest lists it. */
export interface PersistedOperation {
  /** SHA-256 (hex) of `body`: what the client sends as `extensions.persistedQuery.sha256Hash`. */
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation';
  /** The document as it runs: the file printed by graphql-js (comments and layout dropped). */
  readonly body: string;
}

/**
 * Apollo's persisted query manifest format (`@apollo/generate-persisted-query-manifest`,
 * `@apollo/persisted-query-lists`): a client configured with it sends each operation by its id.
 */
export interface PersistedQueryManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly PersistedOperation[];
}

/** Agency → its operations by id: what the gateway lets each partner agency run. */
export type TrustedDocuments = ReadonlyMap<string, ReadonlyMap<string, PersistedOperation>>;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The one operation of a registered file, checked: named as its file, a query or a mutation. */
function operationOf(file: string, text: string): PersistedOperation {
  const document = parse(text);
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const name = basename(file, '.graphql');
  if (operations.length !== 1) throw new Error(`${file}: a registered operation file holds exactly one operation`);
  const [operation] = operations;
  if (operation.name?.value !== name) throw new Error(`${file}: the operation must be named ${name}, as its file`);
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) throw new Error(`${file}: subscriptions are not served`);
  const body = print(document);
  return { id: sha256Hex(body), name, type: operation.operation, body };
}

/**
 * Every agency's manifest, generated from the files (never hand-kept hashes): the gateway builds it
 * at start, `npm run build` writes it to `dist/partner-operations/` for the agencies' clients.
 */
export function agencyManifests(root: string = join(projectRoot(), OPERATIONS_DIR)): Map<string, PersistedQueryManifest> {
  const manifests = new Map<string, PersistedQueryManifest>();
  for (const entry of readdirSync(root, { withFileTypes: true }).filter(candidate => candidate.isDirectory())) {
    if (!AGENCY_NAME.test(entry.name)) throw new Error(`${join(root, entry.name)}: an agency folder is named in lower case, digits and dashes`);
    const folder = join(root, entry.name);
    const files = readdirSync(folder)
      .filter(file => file.endsWith('.graphql'))
      .sort();
    const operations = files.map(file => operationOf(join(folder, file), readFileSync(join(folder, file), 'utf8')));
    manifests.set(entry.name, { format: 'apollo-persisted-query-manifest', version: 1, operations });
  }
  return manifests;
}

/** The manifests as the gateway looks them up; several roots merge (tests add a test agency's folder). */
export function trustedDocuments(roots: readonly string[] = [join(projectRoot(), OPERATIONS_DIR)]): TrustedDocuments {
  const documents = new Map<string, Map<string, PersistedOperation>>();
  for (const root of roots) {
    for (const [agency, manifest] of agencyManifests(root)) {
      const byId = documents.get(agency) ?? documents.set(agency, new Map()).get(agency)!;
      for (const operation of manifest.operations) byId.set(operation.id, operation);
    }
  }
  return documents;
}

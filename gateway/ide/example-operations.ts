import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../../kit/project-root';

/** The example operations every client team starts from: `docs/operations/*.graphql`, one named operation a file. */
export const OPERATIONS_DIR = join('docs', 'operations');

/** The operation a newcomer runs first: opened first in the IDE. */
export const HEADLINE_OPERATION = 'Headline';

export interface ExampleOperation {
  /** The operation's name, which is also its file's name. */
  readonly name: string;
  /** Path relative to the project root. */
  readonly path: string;
  readonly document: string;
}

/**
 * Reads every example operation, the headline first, then by name. Each file must hold exactly one
 * operation named like the file, so a name leads to one file and the generated types keep its name.
 */
export function exampleOperations(root: string = projectRoot()): ExampleOperation[] {
  const files = readdirSync(join(root, OPERATIONS_DIR)).filter(file => file.endsWith('.graphql'));
  const operations = files.map(file => {
    const path = join(OPERATIONS_DIR, file);
    const document = readFileSync(join(root, path), 'utf8');
    const definitions = parse(document).definitions.filter(definition => definition.kind === Kind.OPERATION_DEFINITION);
    const name = file.replace(/\.graphql$/, '');
    if (definitions.length !== 1 || definitions[0].name?.value !== name) {
      throw new Error(`${path} must hold one operation named ${name}`);
    }
    return { name, path, document };
  });
  const rank = (operation: ExampleOperation) => (operation.name === HEADLINE_OPERATION ? 0 : 1);
  return operations.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

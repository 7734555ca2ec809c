import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { projectRoot } from '../kit/project-root';

/** Where the typed documents of docs/operations/*.graphql are written (committed; a test checks they are current). */
export const TYPED_OPERATIONS_DIR = join('docs', 'operations', 'typed');

/** GraphQL Code Generator's client preset over the client schema and the example operations. */
function config(root: string): CodegenConfig {
  return {
    schema: join(root, 'schema', 'api.graphql'),
    documents: join(root, 'docs', 'operations', '*.graphql'),
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [join(root, TYPED_OPERATIONS_DIR) + '/']: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        // graphql-scalars' DateTimeISO travels as an ISO 8601 string.
        config: { scalars: { DateTimeISO: 'string' }, enumsAsTypes: true, useTypeImports: true, skipTypename: true },
      },
    },
  };
}

/** Path (relative to the project root) → content of every generated file. */
export async function typedOperations(root: string = projectRoot()): Promise<Record<string, string>> {
  const files = (await generate(config(root), false)) as { filename: string; content: string }[];
  return Object.fromEntries(files.map(({ filename, content }) => [relative(root, filename), content]));
}

/** Files under the typed folder that differ from a fresh generation (or are missing). */
export async function staleTypedOperations(root: string = projectRoot()): Promise<string[]> {
  const files = await typedOperations(root);
  return Object.entries(files)
    .filter(([path, content]) => {
      try {
        return readFileSync(join(root, path), 'utf8') !== content;
      } catch {
        return true;
      }
    })
    .map(([path]) => path);
}

/**
 * `npm run operations`: regenerates the typed documents; with `--check`, writes nothing and exits 1
 * naming the stale files (the drift test runs this: codegen's CLI package loads ESM that jest cannot).
 */
async function main(): Promise<void> {
  const root = projectRoot();
  if (process.argv.includes('--check')) {
    const stale = await staleTypedOperations(root);
    if (stale.length > 0) {
      console.error(`Out of date: ${stale.join(', ')} — run: npm run operations`);
      process.exit(1);
    }
    return;
  }
  const files = await typedOperations(root);
  rmSync(join(root, TYPED_OPERATIONS_DIR), { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  console.log(`Wrote ${Object.keys(files).sort().join(', ')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

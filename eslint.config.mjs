// Lint for the whole repository: `npm run lint`, run by .ci/run after the type check.
// Type information is left to `tsc` (npm run typecheck); these rules are syntactic, so the lint stays fast.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const subgraphs = readdirSync(new URL('./subgraphs', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The layering (CONTRIBUTING.md): kit knows no subgraph, subgraphs know no other subgraph, only the process scripts and tests know the gateway. */
const layering = [
  { target: './kit', from: './subgraphs', message: 'kit/ is shared by every subgraph and imports none of them.' },
  { target: './kit', from: './gateway', message: 'kit/ never imports the gateway.' },
  ...subgraphs.map((name) => ({
    target: `./subgraphs/${name}`,
    from: './subgraphs',
    except: [`./${name}`],
    message: 'A subgraph never imports another subgraph: share through kit/ or through the federation.',
  })),
  { target: ['./subgraphs', './schema', './bench'], from: './gateway', message: 'Nothing but the process scripts and tests imports the gateway.' },
];

export default tseslint.config(
  // docs/operations/typed is generated (npm run operations) and checked for drift instead.
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'artifacts/**', 'subgraphs/*/migrations/Migration*.ts', 'docs/operations/typed/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layering }],
      'import/no-duplicates': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['*/dist/*', '@*/*/dist/*'], message: "Import a package's public entry point, not its dist/ internals." }] }],
      // Unused names are reported by tsc (noUnusedLocals, noUnusedParameters), which knows the `_`-prefixed decorator parameters.
      '@typescript-eslint/no-unused-vars': 'off',
      // A signal handler registered before `listen` reads a `let` assigned after it (kit/subgraph.ts): a `const` there would be in its TDZ.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests read GraphQL responses, which are untyped JSON.
    files: ['**/*.test.ts', '**/test/**/*.ts', 'tests/**/*.ts', 'kit/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
);

/**
 * `@apollo/federation-internals` re-exports its modules with TypeScript's `__exportStar`, which makes
 * every export a getter reading `module[name]` by a variable name: one keyed, megamorphic property
 * load each time Apollo's executor calls one of its helpers (`federation_internals_1.assert(…)`,
 * `isNonNullType`, … per value of every answer). In a profile of the gateway that getter alone was
 * 8–10 % of its CPU per request (bench/RESULTS.md). Imported before `@apollo/gateway` loads, this
 * module puts a copy of the package's exports with plain values in Node's module cache, so every
 * later `require` of it gets direct property loads. The values are the same functions and classes;
 * the package never reassigns an export after loading.
 */
import { createRequire } from 'node:module';

const FLATTENED = ['@apollo/federation-internals'];
const load = createRequire(__filename);

for (const name of FLATTENED) {
  const exports = load(name) as Record<string, unknown>;
  const cached = load.cache[load.resolve(name)];
  if (cached && Object.values(Object.getOwnPropertyDescriptors(exports)).some(descriptor => descriptor.get)) {
    const flat: Record<string, unknown> = { ...exports };
    Object.defineProperty(flat, '__esModule', { value: true });
    cached.exports = flat;
  }
}

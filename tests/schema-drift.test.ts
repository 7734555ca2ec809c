import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, generatedFiles } from '../schema/compose';
import { projectRoot } from '../kit/project-root';

/** The committed schemas are what a fresh composition produces: the gateway runs the committed one. */
describe('generated schemas', () => {
  let files: Record<string, string>;

  beforeAll(async () => {
    files = generatedFiles(await composeSupergraph());
  });

  it('covers every subgraph, the supergraph and the API schema', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining([join('schema', 'supergraph.graphql'), join('schema', 'api.graphql')]));
  });

  it('match a fresh composition', () => {
    const stale = Object.entries(files)
      .filter(([path, fresh]) => {
        try {
          return readFileSync(join(projectRoot(), path), 'utf8') !== fresh;
        } catch {
          return true;
        }
      })
      .map(([path]) => path);
    if (stale.length > 0) throw new Error(`Out of date: ${stale.join(', ')} — run: npm run schema`);
  });
});

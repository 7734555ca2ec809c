import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../kit/project-root';
import { IDE_ASSETS_DIR } from '../gateway/ide/ide-page';

/**
 * Bundles the gateway's IDE (GraphiQL, React and their CSS, fonts inlined) into `ide.js` and
 * `ide.css` in `outdir`: everything the browser loads comes from the gateway, nothing from a CDN.
 */
export async function buildIde(outdir: string = join(projectRoot(), IDE_ASSETS_DIR)): Promise<void> {
  await build({
    entryPoints: { ide: join(projectRoot(), 'gateway', 'ide', 'browser', 'main.tsx') },
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

if (require.main === module) {
  buildIde().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StaticFile } from '../../kit/http/service';
import { exampleOperations } from './example-operations';
import { IDE_CONFIG_ELEMENT, IDE_SCRIPT_PATH, IDE_STYLE_PATH, type IdeConfig } from './ide-config';

/** Where `npm run build` (scripts/build-ide.ts) writes the IDE bundle, relative to the project root. */
export const IDE_ASSETS_DIR = join('dist', 'ide');

export const TOKEN_HINT = 'npm run --silent token -- --role CITY_ADMIN';

/** JSON that cannot close the script element it sits in. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The IDE's page: the bundle from the gateway itself, no CDN, and the example operations as tabs. */
export function idePage(config: IdeConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grassroots governance API (基层治理) — GraphiQL</title>
<link rel="stylesheet" href="${IDE_STYLE_PATH}">
</head>
<body>
<div id="ide"></div>
<script id="${IDE_CONFIG_ELEMENT}" type="application/json">${scriptJson(config)}</script>
<script src="${IDE_SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/** The built bundle (`npm run build` writes it to `dist/ide/`) as files the gateway serves. */
export function ideFiles(assetsDir: string): Map<string, StaticFile> {
  return new Map([
    [IDE_SCRIPT_PATH, { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(assetsDir, 'ide.js')) }],
    [IDE_STYLE_PATH, { contentType: 'text/css; charset=utf-8', body: readFileSync(join(assetsDir, 'ide.css')) }],
  ]);
}

/** The config the gateway serves: every example operation, read once at start. */
export function ideConfig(endpoint: string): IdeConfig {
  return { endpoint, tabs: exampleOperations().map(({ document }) => ({ query: document })), tokenHint: TOKEN_HINT };
}

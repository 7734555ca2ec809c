import type { ApolloServerPlugin } from '@apollo/server';
import type { IdeConfig } from './ide/ide-config';
import { idePage, TOKEN_HINT } from './ide/ide-page';

/** The first query the landing page and `npm start` suggest. */
export const FIRST_QUERY = '{ districts { id name subdistricts(first: 3) { totalCount edges { node { id name } } } } }';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A curl command that sends `FIRST_QUERY` with the token in `$TOKEN`. */
export function curlExample(url: string): string {
  const body = JSON.stringify({ query: FIRST_QUERY });
  return `curl -s ${url} \\\n  -H "authorization: Bearer $TOKEN" \\\n  -H 'content-type: application/json' \\\n  -d '${body}'`;
}

function page(url: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grassroots governance API (基层治理)</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; border-radius: 4px; }
  code { font-family: ui-monospace, monospace; }
</style>
</head>
<body>
<h1>Grassroots governance API <small>党建引领基层治理</small></h1>
<p>One GraphQL endpoint over the territory and grids, party organisations, property management,
elderly services and mediation. Send <code>POST</code> requests with a JSON body to
<code>${escapeHtml(url)}</code>.</p>
<h2>1. Get a token</h2>
<p>Every operation needs a bearer token. In a checkout of the project:</p>
<pre><code>export TOKEN=$(${TOKEN_HINT})</code></pre>
<p>Other roles: <code>--role GRID_WORKER --scope &lt;community-id&gt;</code>; <code>npm run --silent token -- --help</code> lists them.</p>
<h2>2. Send a first query</h2>
<pre><code>${escapeHtml(curlExample(url))}</code></pre>
<p>The query on its own:</p>
<pre><code>${escapeHtml(FIRST_QUERY)}</code></pre>
<p>The whole client schema is in <code>schema/api.graphql</code>; introspection works with any GraphQL client.</p>
</body>
</html>
`;
}

/**
 * Apollo's default landing page loads Apollo Sandbox from a CDN; this one works offline: the
 * gateway's own GraphiQL when its bundle was built (`ide`), else a static page that says how to get
 * a token and send a first query.
 */
export function landingPagePlugin(publicUrl: string, ide?: IdeConfig): ApolloServerPlugin {
  const html = ide ? idePage(ide) : page(publicUrl);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

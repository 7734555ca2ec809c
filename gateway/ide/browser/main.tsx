// The gateway's GraphQL IDE: GraphiQL from npm, bundled by `npm run build` (scripts/build-ide.ts)
// and served by the gateway itself, so it works with no network beyond the gateway.
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './ide.css';
import { IDE_CONFIG_ELEMENT, type IdeConfig } from '../ide-config';

const config: IdeConfig = JSON.parse(document.getElementById(IDE_CONFIG_ELEMENT)?.textContent ?? '{}');
const TOKEN_KEY = 'grassroots:token';

/** A pasted token may carry its scheme; the header gets it once. */
const bareToken = (value: string) => value.trim().replace(/^bearer\s+/i, '');

function Ide() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  // The fetcher reads the token when it runs: a new fetcher per keystroke would reload the schema each time.
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const fetcherRef = useRef<GraphiQLProps['fetcher']>(async (params, options) => {
    const bearer = bareToken(tokenRef.current);
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(options?.headers as Record<string, string> | undefined),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(params),
    });
    return response.json();
  });
  return (
    <div className="ide">
      <header className="ide-token">
        <label htmlFor="ide-token-input">Token (Authorization: Bearer)</label>
        <input
          id="ide-token-input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="paste a token"
          value={token}
          onChange={event => {
            setToken(event.target.value);
            sessionStorage.setItem(TOKEN_KEY, event.target.value);
          }}
        />
        <code title="prints a demo token in a checkout of the project">{config.tokenHint}</code>
      </header>
      <main className="ide-graphiql">
        <GraphiQL fetcher={fetcherRef.current} defaultTabs={[...config.tabs]} defaultEditorToolsVisibility="variables" />
      </main>
    </div>
  );
}

createRoot(document.getElementById('ide')!).render(<Ide />);

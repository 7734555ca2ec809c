/** What the gateway hands the IDE in its page (a JSON script element), and the IDE reads at start. */
export interface IdeConfig {
  /** The GraphQL endpoint, relative to the page. */
  readonly endpoint: string;
  /** Tabs opened at first load: the example operations, the headline first. */
  readonly tabs: readonly { readonly query: string }[];
  /** How to mint a demo token, shown beside the token field. */
  readonly tokenHint: string;
}

/** Id of the element holding the config. */
export const IDE_CONFIG_ELEMENT = 'ide-config';
/** Where the gateway serves the bundle `npm run build` writes to `dist/ide/`. */
export const IDE_SCRIPT_PATH = '/ide/ide.js';
export const IDE_STYLE_PATH = '/ide/ide.css';

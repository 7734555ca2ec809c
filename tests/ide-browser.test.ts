import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { Role } from '../kit/auth/role';
import { projectRoot } from '../kit/project-root';
import { buildIde } from '../scripts/build-ide';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * The gateway's IDE in a real headless browser (Debian's chromium, driven by playwright-core) with
 * every request to anything but localhost refused: it loads from the gateway alone, takes a demo
 * token, runs the headline query opened in its first tab, shows the result and the schema docs.
 * The screenshot is kept in artifacts/ide.png.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(path => existsSync(path));
const ARTIFACTS = join(projectRoot(), 'artifacts');

if (!CHROMIUM) {
  // CI installs chromium (.ci/run): there its absence is a failure, not a skip.
  if (process.env.CI) throw new Error('chromium is not installed: .ci/run installs it (apt-get install chromium)');
  console.warn('Skipping the IDE browser test: chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH).');
}

(CHROMIUM ? describe : describe.skip)('the IDE at the gateway root, in headless chromium', () => {
  let supergraph: Supergraph;
  let browser: Browser;
  let assets: string;

  beforeAll(async () => {
    assets = mkdtempSync(join(tmpdir(), 'ide-'));
    await buildIde(assets);
    supergraph = await startSupergraph({ ideAssetsDir: assets });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await supergraph?.close();
    rmSync(assets, { recursive: true, force: true });
  });

  test('loads offline, runs the headline query with a demo token and shows the result and the docs', async () => {
    const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
    const token = await supergraph.token({ roles: [Role.PARTY_ORGANIZER], scope: [community.id], subject: 'demo-party-organizer' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const blocked: string[] = [];
    await context.route('**/*', route => {
      const { hostname } = new URL(route.request().url());
      if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    // Generous waits: CI runs two jest workers on two cores; nothing here asserts on time.
    page.setDefaultTimeout(90_000);
    const pageErrors: string[] = [];
    page.on('pageerror', error => pageErrors.push(error.message));

    await page.goto(supergraph.origin + '/');
    await page.locator('.graphiql-container').waitFor();
    // The first tab holds the headline operation from docs/operations/Headline.graphql.
    await expect(page.locator('.graphiql-tab-active').textContent()).resolves.toContain('Headline');
    await page.locator('#ide-token-input').fill(token);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('文兴社区').first().waitFor();
    const shown = (await result.textContent()) ?? '';
    expect(shown).toContain('"partyCommittee"');
    expect(shown).toContain('"compounds"');
    expect(shown).not.toContain('"errors"');

    // The schema docs: the root query type and a field of it.
    await page.getByLabel('Show Documentation Explorer').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('community', { exact: true }).first().waitFor();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'ide.png') });
    await context.close();
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});

/**
 * Scaffolds a new site: `npm run new-site -- <id> "<Name>" <match pattern>...`
 *   e.g. npm run new-site -- yeah-mail "Yeah Mail" "https://mail.yeah.net/*"
 *
 * Writes the site's entry in the site table (core/sites.ts), its adapter
 * (entrypoints/content/sites/<id>.ts, built with defineSiteAdapter) and its
 * line in the adapter registry, a fixture page with a provenance header and
 * the expectations the tests read (tests/fixtures/sites/<id>.html), and a unit
 * test that holds the adapter to the fixture. Everything else (the manifest's
 * host permissions and content-script matches, the registry test, the e2e site
 * list) follows the table. Then: read the site's real structure, fill in the
 * adapter and the fixture with sources, and run the tests.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NewSite {
  id: string;
  name: string;
  matches: string[];
}

const TABLE_MARK = '  // new sites go above this line (npm run new-site)';
const REGISTRY_MARK = '  // new adapters go above this line (npm run new-site)';

export function checkNewSite(site: NewSite): string | undefined {
  if (!/^[a-z][a-z0-9-]{1,30}$/.test(site.id)) return 'the id must be lower-case letters, digits and dashes, e.g. yeah-mail';
  if (!site.name.trim()) return 'the site needs a name';
  if (!site.matches.length) return 'give at least one match pattern, e.g. https://mail.example.com/*';
  for (const m of site.matches) if (!/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(m)) return `not a match pattern for one https host: ${m}`;
  return undefined;
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function adapterSource(site: NewSite): string {
  const name = `${camel(site.id)}Adapter`;
  return `/**
 * ${site.name} (${site.matches.join(', ')}). Replace the selectors below with the
 * site's real structure, each with its source in \`provenance\` (and in the
 * fixture page's header).
 */
import { defineSiteAdapter } from './define';
import { cleanText, queryAll } from './dom';
import type { SenderFound, SiteMessage } from './types';

/** One message (a list row, an SMS bubble, an open mail). */
const MESSAGE = '[data-message]';
/** Who sent it, inside the message. */
const SENDER = '.sender';
/** When it was sent, as the page shows it. */
const TIME = 'time, .time';
/** Its own text. */
const BODY = '.body';

function read(el: Element): SiteMessage {
  const sender = cleanText(el.querySelector(SENDER)?.textContent);
  const time = el.querySelector(TIME);
  const message: SiteMessage = {
    element: el,
    text: el.querySelector(BODY)?.textContent ?? '',
    direction: el.matches('.outgoing') ? 'outgoing' : 'incoming',
  };
  if (sender) message.sender = { name: sender };
  const sentText = time?.getAttribute('datetime') ?? cleanText(time?.textContent);
  if (sentText) message.sentText = sentText;
  const id = el.getAttribute('data-message');
  if (id) message.siteId = id;
  return message;
}

export const ${name} = defineSiteAdapter('${site.id}', {
  findSenders: (root) =>
    queryAll(root, \`\${MESSAGE} \${SENDER}\`).map((element): SenderFound => ({ element, name: cleanText(element.textContent) })),
  messagesIn: (root) => queryAll(root, MESSAGE).map(read),
  messageAt: (node) => {
    const el = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(MESSAGE);
    return el ? read(el) : null;
  },
  provenance: [
    '${site.name} (${site.matches.map((m) => m.replace(/^https:\/\/|\/\*$/g, '')).join(' / ')}):',
    '- TODO owner/repo path/to/file.js (date): what it shows about the message list, sender, time and body.',
    '- inferred, not sourced: everything above until a source is named.',
  ].join('\\n'),
});
`;
}

export function fixtureSource(site: NewSite): string {
  return `<!doctype html>
<!--
  Fixture for ${site.name}: what the adapter entrypoints/content/sites/${site.id}.ts depends on, and
  where that knowledge came from (this header repeats the adapter's provenance):
${adapterProvenanceLines(site)}
  Expected (meta shield-expect): senders the adapter finds, numbers the content script marks
  (outside the compose box and the tel: link). Expected messages (script#expected-messages): what
  messagesIn(document) returns, in order.
-->
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="shield-site" content="${site.id}" />
    <meta name="shield-expect" content='{"senders":2,"numbers":2}' />
    <title>${site.name}</title>
  </head>
  <body>
    <div data-message="m1"><span class="sender">借呗法务部</span> <time datetime="2026-11-28 23:41">23:41</time>
      <div class="body">【借呗】您的借款已逾期，我司法务专员将于明日上门核实，请立即联系 138 0013 8000。</div></div>
    <div data-message="m2"><span class="sender">妈妈</span> <time datetime="2026-11-29 08:02">08:02</time>
      <div class="body">周末回家吃饭吗？到了给我打电话 139 1234 5678</div></div>
    <textarea id="compose">回复：我已还款 138 0013 8000</textarea>
    <p><a href="tel:95188">95188</a></p>
    <script type="application/json" id="expected-messages">
      [
        { "text": "【借呗】您的借款已逾期，我司法务专员将于明日上门核实，请立即联系 138 0013 8000。", "sender": "借呗法务部", "sentText": "2026-11-28 23:41", "direction": "incoming", "siteId": "m1" },
        { "text": "周末回家吃饭吗？到了给我打电话 139 1234 5678", "sender": "妈妈", "sentText": "2026-11-29 08:02", "direction": "incoming", "siteId": "m2" }
      ]
    </script>
  </body>
</html>
`;
}

function adapterProvenanceLines(site: NewSite): string {
  return [
    `${site.name} (${site.matches.map((m) => m.replace(/^https:\/\/|\/\*$/g, '')).join(' / ')}):`,
    '- TODO owner/repo path/to/file.js (date): what it shows about the message list, sender, time and body.',
    '- inferred, not sourced: everything above until a source is named.',
  ]
    .map((l) => `  ${l}`)
    .join('\n');
}

export function testSource(site: NewSite): string {
  const name = `${camel(site.id)}Adapter`;
  return `import { describe, expect, it } from 'vitest';
import { ${name} } from '../../../entrypoints/content/sites/${site.id}';
import { loadFixture } from './fixture';

describe('${site.id} adapter', () => {
  it('reads the messages of its fixture exactly as the fixture lists them', () => {
    loadFixture('${site.id}');
    const expected = JSON.parse(document.getElementById('expected-messages')!.textContent!) as { text: string; sender?: string; sentText?: string; direction: string; siteId?: string }[];
    const read = ${name}.messagesIn!(document).map((m) => ({
      text: m.text.replace(/\\s+/g, ' ').trim(),
      sender: m.sender?.name,
      sentText: m.sentText,
      direction: m.direction,
      siteId: m.siteId,
    }));
    expect(read).toEqual(expected);
  });
});
`;
}

/** The table entry, as one line of core/sites.ts. */
export function tableEntry(site: NewSite): string {
  return `  { id: '${site.id}', name: '${site.name.replace(/'/g, "\\'")}', matches: [${site.matches.map((m) => `'${m}'`).join(', ')}], adapter: true, fixture: '${site.id}' },`;
}

/** Writes the new site's files and entries under `root` (the repository). Refuses to overwrite anything. */
export function scaffoldSite(root: string, site: NewSite): string[] {
  const problem = checkNewSite(site);
  if (problem) throw new Error(problem);
  const tablePath = join(root, 'core/sites.ts');
  const registryPath = join(root, 'entrypoints/content/sites/index.ts');
  const table = readFileSync(tablePath, 'utf8');
  const registry = readFileSync(registryPath, 'utf8');
  if (table.includes(`id: '${site.id}'`)) throw new Error(`the site table already has ${site.id}`);
  if (!table.includes(TABLE_MARK) || !registry.includes(REGISTRY_MARK)) throw new Error('core/sites.ts or the adapter registry lost its "go above this line" comment');
  const files: Record<string, string> = {
    [`entrypoints/content/sites/${site.id}.ts`]: adapterSource(site),
    [`tests/fixtures/sites/${site.id}.html`]: fixtureSource(site),
    [`tests/unit/sites/${site.id}.test.ts`]: testSource(site),
  };
  for (const path of Object.keys(files)) if (existsSync(join(root, path))) throw new Error(`${path} exists already`);
  const name = `${camel(site.id)}Adapter`;
  writeFileSync(tablePath, table.replace(TABLE_MARK, `${tableEntry(site)}\n${TABLE_MARK}`));
  writeFileSync(
    registryPath,
    registry
      .replace("import type { SiteAdapter } from './types';", `import { ${name} } from './${site.id}';\nimport type { SiteAdapter } from './types';`)
      .replace(REGISTRY_MARK, `  '${site.id}': ${name},\n${REGISTRY_MARK}`),
  );
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return ['core/sites.ts', 'entrypoints/content/sites/index.ts', ...Object.keys(files)];
}

if (process.argv[1]?.endsWith('new-site.ts')) {
  const [id = '', name = '', ...matches] = process.argv.slice(2);
  try {
    const written = scaffoldSite(process.cwd(), { id, name, matches });
    console.log(`New site ${id}:`);
    for (const path of written) console.log(`  ${path}`);
    console.log('Next: fill in the adapter and the fixture from the real site (with sources); add how the e2e checks');
    console.log('type into its compose box and add a message (tests/e2e/support/site-fixtures.ts SITES: the compiler asks');
    console.log('for it); then npm test.');
  } catch (e) {
    console.error(`new-site: ${(e as Error).message}`);
    console.error('usage: npm run new-site -- <id> "<Name>" "https://host/*" [...]');
    process.exit(1);
  }
}

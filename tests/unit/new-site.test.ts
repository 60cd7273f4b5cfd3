import { mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNewSite, scaffoldSite } from '../../scripts/new-site';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function copyOfRepo(): string {
  dir = mkdtempSync(join(tmpdir(), 'new-site-'));
  for (const path of ['core/sites.ts', 'entrypoints/content/sites/index.ts']) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    copyFileSync(resolve(path), join(dir, path));
  }
  mkdirSync(join(dir, 'tests/fixtures/sites'), { recursive: true });
  mkdirSync(join(dir, 'tests/unit/sites'), { recursive: true });
  return dir;
}

describe('npm run new-site', () => {
  it('adds the site to the table and the registry, and writes its adapter, fixture and test', () => {
    const root = copyOfRepo();
    const written = scaffoldSite(root, { id: 'yeah-mail', name: 'Yeah Mail', matches: ['https://mail.yeah.net/*'] });
    expect(written).toHaveLength(5);
    const table = readFileSync(join(root, 'core/sites.ts'), 'utf8');
    expect(table).toContain("{ id: 'yeah-mail', name: 'Yeah Mail', matches: ['https://mail.yeah.net/*'], adapter: true, fixture: 'yeah-mail' },");
    const registry = readFileSync(join(root, 'entrypoints/content/sites/index.ts'), 'utf8');
    expect(registry).toContain("import { yeahMailAdapter } from './yeah-mail';");
    expect(registry).toContain("'yeah-mail': yeahMailAdapter,");
    const fixture = readFileSync(join(root, 'tests/fixtures/sites/yeah-mail.html'), 'utf8');
    expect(fixture).toContain('<meta name="shield-site" content="yeah-mail" />');
    expect(fixture).toContain('id="expected-messages"');
    expect(readFileSync(join(root, 'entrypoints/content/sites/yeah-mail.ts'), 'utf8')).toContain("defineSiteAdapter('yeah-mail'");
    // twice is refused, and nothing is overwritten
    expect(() => scaffoldSite(root, { id: 'yeah-mail', name: 'Yeah Mail', matches: ['https://mail.yeah.net/*'] })).toThrow(/already/);
  });

  it('refuses bad input with a reason', () => {
    expect(checkNewSite({ id: 'Yeah Mail', name: 'x', matches: ['https://a.example/*'] })).toMatch(/lower-case/);
    expect(checkNewSite({ id: 'yeah', name: 'x', matches: [] })).toMatch(/match pattern/);
    expect(checkNewSite({ id: 'yeah', name: 'x', matches: ['http://a.example/*'] })).toMatch(/https host/);
    expect(checkNewSite({ id: 'yeah', name: 'x', matches: ['<all_urls>'] })).toMatch(/https host/);
    const root = copyOfRepo();
    expect(() => scaffoldSite(root, { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'] })).toThrow(/already has gmail/);
    expect(existsSync(join(root, 'entrypoints/content/sites/gmail.ts'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Page text and imported lists are hostile: no code of ours may turn data into HTML.
// (web-ext lint's two innerHTML warnings are Preact's own dangerouslySetInnerHTML path.)
const SOURCE_DIRS = ['core', 'db', 'entrypoints', 'components', 'lib'];
const FORBIDDEN = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|\beval\(|new Function\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML injection in extension code', () => {
  const files = SOURCE_DIRS.flatMap(sources);
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files)('%s builds DOM without HTML strings', (file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => FORBIDDEN.test(line));
    expect(offending).toEqual([]);
  });
});

/**
 * The content script bundles core/detect; OpenCC's dictionaries must never be
 * pulled into it. Walks the static import graph of core/detect/index.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\s+'([^']+)'/g)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, `${base}/index.ts`, base].find((p) => existsSync(p) && p.endsWith('.ts'));
      if (found) todo.push(found);
    }
  }
  return { files, packages };
}

describe('core/detect import graph', () => {
  it('does not reach OpenCC or the sender normaliser', () => {
    const { files, packages } = importGraph(resolve(ROOT, 'core/detect/index.ts'));
    expect([...packages].filter((p) => p.includes('opencc'))).toEqual([]);
    expect([...files].filter((f) => f.includes('/core/sender/'))).toEqual([]);
    // Validation runs on the library's core with the detector's own metadata
    // slice (core/detect/metadata.json), never on a whole-world metadata file.
    expect(packages.has('libphonenumber-js/core')).toBe(true);
    expect([...packages].filter((p) => /^libphonenumber-js(?:$|\/(?:max|min|mobile|metadata))/.test(p))).toEqual([]);
    expect([...files].some((f) => f.endsWith('/core/detect/metadata.ts'))).toBe(true);
  });

  it('core/sender/signatures and fold do not import OpenCC either', () => {
    const { packages } = importGraph(resolve(ROOT, 'core/sender/signatures.ts'));
    expect([...packages].filter((p) => p.includes('opencc'))).toEqual([]);
  });
});

/**
 * Generic mode reads the page after the extension marked it: its own markers
 * inside a heading line or a message must not change where messages begin and
 * end (in a real browser the messages are read from the marked page).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../entrypoints/content/annotator';
import { messagesIn } from '../../../entrypoints/content/sites/generic';
import { scanText } from '../../../core/detect';
import { decideVerdict } from '../../../core/verdict';

const dir = resolve('tests/fixtures/generic');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe.each(pages)('generic fixture %s, once marked', (file) => {
  it('gives the same messages as before marking', async () => {
    document.documentElement.innerHTML = readFileSync(resolve(dir, file), 'utf8').replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const before = messagesIn(document.body).map((m) => [m.text, m.sentText ?? null, m.direction]);
    const annotator = new Annotator(
      document,
      (text) => scanText(text),
      async (keys) => Object.fromEntries(keys.map((k) => [k, decideVerdict({ reports: [], lists: [] })])),
      'zh_CN',
    );
    await annotator.annotate(document.body);
    const after = messagesIn(document.body).map((m) => [m.text, m.sentText ?? null, m.direction]);
    expect(after).toEqual(before);
  });
});

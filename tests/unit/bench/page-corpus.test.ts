import { describe, expect, it } from 'vitest';
import { scanText } from '../../../core/detect/index';
import { buildPageCorpus, messageHtml } from '../../../bench/page-corpus';

// The bench page (npm run bench:page) claims exactly 3,000 numbers; that claim is scanText's count, node by node.
describe('bench page corpus', () => {
  const corpus = buildPageCorpus();

  it('holds 10,000 messages, about 2 MB of text, and exactly the 3,000 numbers scanText finds', () => {
    expect(corpus.messages).toHaveLength(10_000);
    expect(corpus.bytes).toBeGreaterThan(1_950_000);
    expect(corpus.bytes).toBeLessThan(2_050_000);
    expect(corpus.numbers).toBe(3000);
    let found = 0;
    for (const m of corpus.messages) {
      for (const [i, text] of m.nodes.entries()) {
        const got = scanText(text).map((d) => `${d.start}-${d.end} ${d.number}`);
        const planned = m.numbers.filter((n) => n.node === i).map((n) => `${n.start}-${n.end} ${n.key}`);
        expect(got).toEqual(planned);
        found += got.length;
      }
    }
    expect(found).toBe(3000);
  });

  it('has 10 append rounds of 50 messages with 15 numbers each, and flagged keys that occur on the page', () => {
    expect(corpus.appendRounds.map((r) => r.length)).toEqual(Array(10).fill(50));
    expect(corpus.appendRounds.map((r) => r.reduce((n, m) => n + m.nodes.reduce((k, t) => k + scanText(t).length, 0), 0))).toEqual(Array(10).fill(15));
    expect(corpus.flaggedOccurrences).toBeGreaterThan(100);
    expect(corpus.flaggedOccurrences).toBeLessThan(corpus.numbers);
  });

  it('is the same on every run', () => {
    const again = buildPageCorpus();
    expect(again.messages[1234]).toEqual(corpus.messages[1234]);
    expect(again.bytes).toBe(corpus.bytes);
  });

  it('renders each planned text node as exactly one text node', () => {
    const m = corpus.messages.find((x) => x.nodes.length > 3 && x.numbers.length)!;
    const host = document.createElement('div');
    host.innerHTML = messageHtml(m, 'm0');
    const texts: string[] = [];
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
    expect(texts).toEqual(m.nodes);
  });
});

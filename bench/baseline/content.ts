/**
 * The naive baseline of npm run bench:page: what a first attempt at this
 * extension would look like. libphonenumber-js `findNumbers` on every text
 * node, one runtime message per number (awaited, in document order), and each
 * number wrapped as soon as its answer arrives. New content is handled as soon
 * as the MutationObserver reports it, without coalescing.
 *
 * It marks with the same attributes as Collector Shield (data-shield-number,
 * data-shield-verdict, and data-shield-ready on <html> when the first pass is
 * done) so that the page's own instrument measures both the same way. It skips
 * the same kinds of elements, so it does not do more work than it must.
 * Bundled by bench/page.ts with esbuild into bench/out/baseline-extension/.
 */
import { findNumbers } from 'libphonenumber-js/max';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ verdict: string } | undefined> } };

const MARKER = 'data-shield-number';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE']);

function textNodes(root: Node): Text[] {
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
        if (SKIP.has(el.tagName) || el.hasAttribute(MARKER)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // Collected first: wrapping splits the nodes under the walker.
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

let observer: MutationObserver | undefined;

function wrap(node: Text, start: number, end: number, key: string, verdict: string) {
  const number = node.splitText(start);
  number.splitText(end - start);
  const span = document.createElement('span');
  span.setAttribute(MARKER, key);
  span.setAttribute('data-shield-verdict', verdict);
  number.replaceWith(span);
  span.append(number);
  // Our own splitting and wrapping is not new content.
  observer?.takeRecords();
}

async function annotate(root: Node) {
  for (const node of textNodes(root)) {
    const found = findNumbers(node.data, { defaultCountry: 'CN', v2: true });
    // From the last to the first, so the earlier offsets stay valid in `node`.
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      const key = f.number.number as string;
      const answer = await chrome.runtime.sendMessage({ type: 'lookup', key });
      if (node.isConnected) wrap(node, f.startsAt, f.endsAt, key, answer?.verdict ?? 'unknown');
    }
  }
}

void annotate(document.body).then(() => {
  document.documentElement.setAttribute('data-shield-ready', '');
  observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) void annotate(n);
  });
  observer.observe(document.body, { childList: true, subtree: true });
});

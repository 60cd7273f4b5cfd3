import type { Detection } from '../../core/types';
import type { NumberVerdict } from '../../core/verdict';
import type { Locale } from '../../core/i18n';
import { MAX_LOOKUP_KEYS } from '../../core/messages';
import { textNodesIn } from './text-walker';
import { applyVerdict, MARKER_ATTR, wrapDetections } from './markers';

export type Lookup = (keys: string[]) => Promise<Record<string, NumberVerdict>>;
export type Scan = (text: string) => Detection[];

/** Upper bound of text nodes handled per pass, so a huge page cannot stall the tab in one go. */
const NODES_PER_PASS = 5000;

/**
 * Scan → one batched lookup → mark. Knows nothing of the extension APIs, so it
 * runs the same under happy-dom in unit tests and in the page.
 */
export class Annotator {
  /** Nodes this extension inserted: the observer must not rescan them. */
  readonly created = new WeakSet<Node>();
  private readonly verdicts = new Map<string, NumberVerdict>();
  private observer: MutationObserver | undefined;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly scan: Scan,
    private readonly lookup: Lookup,
    private locale: Locale,
  ) {}

  /** The user chose another language: repaint every marker's label and badge. */
  setLocale(locale: Locale) {
    this.locale = locale;
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) applyVerdict(m, this.verdicts.get(m.getAttribute(MARKER_ATTR)!), locale);
  }

  verdictOf(key: string): NumberVerdict | undefined {
    return this.verdicts.get(key);
  }

  /**
   * Scan subtrees, mark what they hold, and resolve when the markers carry their
   * verdicts. All roots share one lookup per pass of at most NODES_PER_PASS text nodes.
   */
  async annotate(...roots: Node[]): Promise<number> {
    const walk = (function* () {
      for (const root of roots) if (root.isConnected) yield* textNodesIn(root);
    })();
    let marked = 0;
    for (let done = false; !done; ) {
      const markers: HTMLElement[] = [];
      let visited = 0;
      for (; visited < NODES_PER_PASS; visited++) {
        const next = walk.next();
        if (next.done) {
          done = true;
          break;
        }
        const node = next.value;
        const found = this.scan(node.data);
        if (found.length) markers.push(...wrapDetections(node, found, this.created));
      }
      if (markers.length) await this.resolve(markers);
      marked += markers.length;
    }
    return marked;
  }

  /** Looks up the keys not yet known (one message per MAX_LOOKUP_KEYS) and paints the markers. */
  private async resolve(markers: HTMLElement[]) {
    const unknown = [...new Set(markers.map((m) => m.getAttribute(MARKER_ATTR)!))].filter((k) => !this.verdicts.has(k));
    for (let i = 0; i < unknown.length; i += MAX_LOOKUP_KEYS) {
      const results = await this.lookup(unknown.slice(i, i + MAX_LOOKUP_KEYS));
      for (const [key, info] of Object.entries(results)) this.verdicts.set(key, info);
    }
    for (const m of markers) applyVerdict(m, this.verdicts.get(m.getAttribute(MARKER_ATTR)!), this.locale);
  }

  /** Re-asks the background about keys whose verdict changed (a report, a trust; all after an import) and repaints. */
  async refresh(keys?: readonly string[]) {
    const shown = keys ? keys.filter((k) => this.verdicts.has(k)) : [...this.verdicts.keys()];
    if (!shown.length) return;
    for (let i = 0; i < shown.length; i += MAX_LOOKUP_KEYS) {
      const results = await this.lookup(shown.slice(i, i + MAX_LOOKUP_KEYS));
      for (const [key, info] of Object.entries(results)) this.verdicts.set(key, info);
    }
    const changed = new Set(shown);
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) {
      const key = m.getAttribute(MARKER_ATTR)!;
      if (changed.has(key)) applyVerdict(m, this.verdicts.get(key), this.locale);
    }
  }

  /** Watches for content the site adds later (new messages, opened mails) and annotates it, coalesced. */
  observe(root: Node, delayMs = 100) {
    const view = this.doc.defaultView;
    if (!view || this.observer) return;
    this.observer = new view.MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') {
          if (!this.created.has(r.target)) this.pending.add(r.target);
          continue;
        }
        for (const n of r.addedNodes) if (!this.created.has(n)) this.pending.add(n);
      }
      if (this.pending.size && !this.timer) this.timer = setTimeout(() => void this.flush(), delayMs);
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private async flush() {
    this.timer = undefined;
    const nodes = [...this.pending];
    this.pending.clear();
    await this.annotate(...nodes);
  }

  disconnect() {
    this.observer?.disconnect();
    if (this.timer) clearTimeout(this.timer);
  }
}

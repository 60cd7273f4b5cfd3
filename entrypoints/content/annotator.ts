import type { Detection, Verdict } from '../../core/types';
import type { FoundNumber } from '../../core/messages';
import { isFlagged, type NumberVerdict } from '../../core/verdict';
import type { Suspicion } from '../../core/suspicion';
import type { Locale } from '../../core/i18n';
import { MAX_LOOKUP_KEYS } from '../../core/messages';
import { textNodesIn } from './text-walker';
import { applyVerdict, MARKER_ATTR, VERDICT_ATTR, wrapDetections } from './markers';

export type Lookup = (keys: string[]) => Promise<Record<string, NumberVerdict>>;
export type Scan = (text: string) => Detection[];
/** Day-one protection: what the message around an unknown number claims, if anything (undefined when off). */
export type Assess = (marker: HTMLElement) => Suspicion | undefined;

/**
 * Main-thread time one slice of scanning may take before the page gets the
 * thread back. Well under the 50 ms that counts as a long task, and leaves room
 * for the page's own work in the same frame.
 */
const SLICE_MS = 8;

const now = () => performance.now();

/**
 * Gives the thread back to the page: scheduler.yield where the browser has it
 * (the continuation keeps its priority), otherwise a macrotask.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Text nodes of several roots, each once even when the roots overlap. */
function* walkAll(roots: readonly Node[], seen: WeakSet<Text>): Generator<Text> {
  for (const root of roots) if (root.isConnected) yield* textNodesIn(root, seen);
}

/**
 * Scan → one batched lookup → mark. Knows nothing of the extension APIs, so it
 * runs the same under happy-dom in unit tests and in the page.
 */
export class Annotator {
  /** Nodes this extension inserted: the observer must not rescan them. */
  readonly created = new WeakSet<Node>();
  private readonly verdicts = new Map<string, NumberVerdict>();
  /** Keys sent to the background and not answered yet. */
  private readonly asking = new Map<string, Promise<unknown>>();
  /** Suspicions of markers, assessed once per marker (its message does not change under it). */
  private readonly suspicions = new WeakMap<HTMLElement, Suspicion | null>();
  assess: Assess | undefined;
  /** Called whenever a marker is painted with a flagged verdict from the database (for the evidence log). */
  onFlagged: ((marker: HTMLElement, key: string) => void) | undefined;
  private observer: MutationObserver | undefined;
  private pending = new Set<Node>();
  /** The page's own text nodes we marked, and the pieces (markers, text) we put after each. */
  private readonly pieces = new WeakMap<Text, Node[]>();
  /** Each marker's page text node, to give the text back when the extension is switched off here. */
  private readonly owners = new WeakMap<HTMLElement, Text>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How long mutations are collected before a rescan (set by observe). */
  private delayMs = 100;

  constructor(
    private readonly doc: Document,
    private readonly scan: Scan,
    private readonly lookup: Lookup,
    private locale: Locale,
  ) {}

  /** The user chose another language: repaint every marker's label and badge. */
  setLocale(locale: Locale) {
    this.locale = locale;
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) this.paint(m);
  }

  verdictOf(key: string): NumberVerdict | undefined {
    return this.verdicts.get(key);
  }

  /** The suspicion shown on a marker, if it is marked suspected. */
  suspicionOf(marker: HTMLElement): Suspicion | undefined {
    return marker.getAttribute(VERDICT_ATTR) === 'suspected' ? (this.suspicions.get(marker) ?? undefined) : undefined;
  }

  /**
   * The verdict a marker shows: the database's, or `suspected` for a number the
   * database does not know (and the user did not dismiss) in a message making
   * collection claims.
   */
  private paint(marker: HTMLElement) {
    const info = this.verdicts.get(marker.getAttribute(MARKER_ATTR)!);
    let shown = info;
    if (info && info.verdict === 'unknown' && !info.dismissed && this.assess) {
      let s = this.suspicions.get(marker);
      if (s === undefined) {
        s = this.assess(marker) ?? null;
        this.suspicions.set(marker, s);
      }
      if (s) shown = { ...info, verdict: 'suspected' };
    }
    applyVerdict(marker, shown, this.locale);
    if (shown && shown.verdict !== 'suspected' && isFlagged(shown.verdict)) this.onFlagged?.(marker, marker.getAttribute(MARKER_ATTR)!);
  }

  /** Settings changed (suspicion on or off): forget assessments and repaint. */
  setAssess(assess: Assess | undefined) {
    this.assess = assess;
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) {
      this.suspicions.delete(m);
      this.paint(m);
    }
  }

  /**
   * Scan subtrees, mark what they hold, and resolve when every marker carries
   * its verdict. The work is cut into slices of about SLICE_MS, with the page
   * free to run (and render) between them, so a long page never stalls the tab.
   * Each slice's new keys go to the background at once, while later slices are
   * still being scanned.
   */
  async annotate(...roots: Node[]): Promise<number> {
    this.onRoots?.(roots);
    const seen = new WeakSet<Text>();
    const walk = walkAll(roots, seen);
    const lookups: Promise<void>[] = [];
    let marked = 0;
    for (let done = false; !done; ) {
      const deadline = now() + SLICE_MS;
      const markers: HTMLElement[] = [];
      for (let visited = 1; ; visited++) {
        const next = walk.next();
        if (next.done) {
          done = true;
          break;
        }
        const node = next.value;
        seen.add(node);
        if (!this.created.has(node)) {
          const found = this.scan(node.data);
          if (found.length) markers.push(...this.wrap(node, found));
        }
        // Reading the clock costs too; every few nodes is often enough.
        if (visited % 8 === 0 && now() >= deadline) break;
      }
      if (markers.length) lookups.push(this.resolve(markers));
      marked += markers.length;
      if (!done) await yieldToPage();
    }
    await Promise.all(lookups);
    this.onAnnotated?.();
    return marked;
  }

  /** Called after every pass and repaint, when what the page shows may have changed (the popup's findings). */
  onAnnotated: (() => void) | undefined;

  /** The numbers marked now, with how often each appears and the verdict shown. */
  findings(): FoundNumber[] {
    const found = new Map<string, FoundNumber>();
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) {
      if (!this.created.has(m)) continue;
      const key = m.getAttribute(MARKER_ATTR)!;
      const verdict = (m.getAttribute(VERDICT_ATTR) ?? 'unknown') as Verdict;
      const had = found.get(key);
      // A suspicion is per message: the number is shown suspected if any of its messages makes it so.
      if (had) {
        had.count++;
        if (verdict === 'suspected') had.verdict = verdict;
      } else found.set(key, { key, verdict, count: 1 });
    }
    return [...found.values()];
  }

  /**
   * The extension is paused or switched off here: every page text node gets
   * back the text it had, our pieces leave, and nothing is watched any more.
   */
  clear() {
    this.disconnect();
    this.pending.clear();
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) {
      const owner = this.owners.get(m);
      if (owner) this.release(owner, true);
    }
  }

  /** Called with the roots of every pass, before their text is scanned (the sender marker uses it). */
  onRoots: ((roots: readonly Node[]) => void) | undefined;

  /** Looks up the keys not yet known or asked (one message per MAX_LOOKUP_KEYS) and paints the markers. */
  private async resolve(markers: HTMLElement[]) {
    const keys = new Set(markers.map((m) => m.getAttribute(MARKER_ATTR)!));
    const ask = [...keys].filter((k) => !this.verdicts.has(k) && !this.asking.has(k));
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < ask.length; i += MAX_LOOKUP_KEYS) {
      const batch = ask.slice(i, i + MAX_LOOKUP_KEYS);
      const asked = this.lookup(batch).then(
        (results) => {
          for (const [key, info] of Object.entries(results)) this.verdicts.set(key, info);
        },
        // Left unknown; the next pass showing the number asks again.
      ).finally(() => {
        for (const k of batch) this.asking.delete(k);
      });
      for (const k of batch) this.asking.set(k, asked);
    }
    for (const k of keys) {
      const pending = this.asking.get(k);
      if (pending && !waits.includes(pending)) waits.push(pending);
    }
    await Promise.allSettled(waits);
    for (const m of markers) if (m.isConnected) this.paint(m);
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
      if (changed.has(key)) this.paint(m);
    }
    this.onAnnotated?.();
  }

  /** Watches for content the site adds later (new messages, opened mails) and annotates it, coalesced. */
  /** Marks one text node; our own change to its text is not reported back to us as the page's. */
  private wrap(node: Text, found: Detection[]): HTMLElement[] {
    this.take(this.observer?.takeRecords() ?? []);
    const { markers, pieces } = wrapDetections(node, found, this.created);
    this.observer?.takeRecords();
    if (pieces.length) this.pieces.set(node, pieces);
    for (const m of markers) this.owners.set(m, node);
    return markers;
  }

  /**
   * The page changed a node we marked: take our pieces away so no stale text
   * stays. When the page moved or removed its node (rather than giving it new
   * text), first give it back the text our pieces were showing, since the page
   * believes its node still holds all of it.
   */
  private release(node: Text, restore: boolean) {
    const pieces = this.pieces.get(node);
    if (!pieces) return;
    this.pieces.delete(node);
    if (restore) node.data += pieces.map((p) => p.textContent ?? '').join('');
    for (const p of pieces) p.parentNode?.removeChild(p);
  }

  private take(records: MutationRecord[]) {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (this.created.has(r.target)) continue;
        this.release(r.target as Text, false);
        this.pending.add(r.target);
        continue;
      }
      // A node of the page moved or removed: its pieces must not stay behind.
      for (const n of r.removedNodes) if (n.nodeType === Node.TEXT_NODE) this.release(n as Text, true);
      for (const n of r.addedNodes) if (!this.created.has(n)) this.pending.add(n);
    }
    if (this.pending.size && !this.timer) this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  observe(root: Node, delayMs = 100) {
    const view = this.doc.defaultView;
    if (!view || this.observer) return;
    this.delayMs = delayMs;
    this.observer = new view.MutationObserver((records) => this.take(records));
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
    this.observer = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

import type { Detection, Verdict } from '../../core/types';
import type { FoundNumber } from '../../core/messages';
import { isFlagged, type NumberVerdict } from '../../core/verdict';
import type { Suspicion } from '../../core/suspicion';
import type { Locale } from '../../core/i18n';
import { MAX_LOOKUP_KEYS } from '../../core/messages';
import { textNodesIn } from './text-walker';
import { applyVerdict, focusableAt, isOwnMarker, MARKER_ATTR, ownKey, shownVerdict, wrapDetections } from './markers';

export type Lookup = (keys: string[]) => Promise<Record<string, NumberVerdict>>;
/** Finds the numbers in one text node's text (the node tells where it is: its site, its message). */
export type Scan = (text: string, node?: Text) => Detection[];
/** Day-one protection: what the message around a node claims, if anything (undefined when off). */
export type Assess = (node: Node) => Suspicion | undefined;
/** Runs one synchronous batch of work (a scan slice, a task of marks); the content script remembers message texts for its length. */
export type Batch = <T>(fn: () => T) => T;

/**
 * Main-thread time one slice of work may take before the page gets the thread
 * back: well under the 50 ms that counts as a long task, leaving room for the
 * page's own work in the same frame.
 */
const SLICE_MS = 8;
/**
 * Script time of one task putting marks in. Larger than a scan slice on
 * purpose: every frame rendered after a DOM change costs the page a style,
 * layout and paint whatever the change's size (tens of ms on a long page), so
 * the marks go in in as few tasks, and so as few frames, as possible. The marks
 * go in in ordinary tasks, not in animation-frame callbacks, so the frame's
 * rendering is a task of its own and is not added to ours. Every value a mark
 * carries is worked out before (scan slices, the lookup), so this is DOM
 * writes only.
 */
const WRITE_MS = 25;
/** Work done at once, inside the observer's callback, on what the site just added (a new message or two). */
const SYNC_MS = 4;

const now = () => performance.now();

/**
 * Gives the thread back to the page as an ordinary task. Not scheduler.yield:
 * its continuations run ahead of the page's own timers, which starved them.
 * Not setTimeout(0): nested timers are clamped to 4 ms.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A text node and the numbers found in it, as its text was when scanned. */
interface Job {
  node: Text;
  data: string;
  found: Detection[];
  /** What its message claims, assessed while scanning (null: nothing; undefined: suspicion is off). */
  suspicion?: Suspicion | null;
  /** Whether its markers may be tab stops (not inside the page's own link or button). */
  focusable: boolean;
}

/** Text nodes of several roots, each once even when the roots overlap. */
function* walkAll(roots: readonly Node[], seen: WeakSet<Text>, hidden?: string): Generator<Text> {
  for (const root of roots) if (root.isConnected) yield* textNodesIn(root, seen, hidden);
}

/**
 * Scan → one batched lookup → mark. Knows nothing of the extension APIs, so it
 * runs the same under happy-dom in unit tests and in the page.
 */
export class Annotator {
  /** Nodes this extension inserted: the observer must not rescan them. */
  readonly created = new WeakSet<Node>();
  private readonly verdicts = new Map<string, NumberVerdict>();
  /** Bumped by clear(): passes begun before it stop at their next step. */
  private generation = 0;
  /** Keys sent to the background and not answered yet. */
  private readonly asking = new Map<string, Promise<unknown>>();
  /** Suspicions of markers, assessed once per marker (its message does not change under it). */
  private readonly suspicions = new WeakMap<HTMLElement, Suspicion | null>();
  assess: Assess | undefined;
  /** Elements holding a site's hidden copies of visible text (SiteAdapter.hidden): never marked. */
  hidden: string | undefined;
  batch: Batch = (fn) => fn();
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

  /**
   * The markers this annotator made that are in the page now. Elements a page
   * made with the same attributes are not among them (markers.ts, "Trust").
   */
  private *markers(): Generator<HTMLElement> {
    for (const m of this.doc.querySelectorAll<HTMLElement>(`[${MARKER_ATTR}]`)) if (this.created.has(m) && isOwnMarker(m)) yield m;
  }

  /** Whether an element is one of this annotator's markers (only those open a card). */
  owns(el: Element): el is HTMLElement {
    return this.created.has(el) && isOwnMarker(el);
  }

  /** The user chose another language: repaint every marker's label and badge. */
  setLocale(locale: Locale) {
    this.locale = locale;
    this.batch(() => {
      for (const m of this.markers()) this.paint(m);
    });
  }

  verdictOf(key: string): NumberVerdict | undefined {
    return this.verdicts.get(key);
  }

  /** The suspicion shown on a marker, if it is marked suspected. */
  suspicionOf(marker: HTMLElement): Suspicion | undefined {
    return shownVerdict(marker) === 'suspected' ? (this.suspicions.get(marker) ?? undefined) : undefined;
  }

  /**
   * The verdict a marker shows: the database's, or `suspected` for a number the
   * database does not know (and the user did not dismiss) in a message making
   * collection claims. `inMessage`: a node of the marker's message, for a marker
   * not in the page yet.
   */
  private shown(marker: HTMLElement, inMessage: Node = marker): NumberVerdict | undefined {
    const key = ownKey(marker);
    const info = key === undefined ? undefined : this.verdicts.get(key);
    if (!info || info.verdict !== 'unknown' || info.dismissed || !this.assess) return info;
    let s = this.suspicions.get(marker);
    if (s === undefined) {
      s = this.assess(inMessage) ?? null;
      this.suspicions.set(marker, s);
    }
    return s ? { ...info, verdict: 'suspected' } : info;
  }

  private paint(marker: HTMLElement) {
    applyVerdict(marker, this.shown(marker), this.locale);
    this.logIfFlagged(marker);
  }

  /** A marker painted with a flagged verdict from the database goes to the evidence log (a suspicion does not). */
  private logIfFlagged(marker: HTMLElement) {
    const verdict = shownVerdict(marker);
    const key = ownKey(marker);
    if (key !== undefined && verdict && verdict !== 'suspected' && isFlagged(verdict)) this.onFlagged?.(marker, key);
  }

  /** Settings changed (suspicion on or off): forget assessments and repaint. */
  setAssess(assess: Assess | undefined) {
    this.assess = assess;
    this.batch(() => {
      for (const m of this.markers()) {
        this.suspicions.delete(m);
        this.paint(m);
      }
    });
  }

  /**
   * Scan subtrees, mark what they hold, and resolve when every marker carries
   * its verdict. Three steps, so the page never stalls and a long page is laid
   * out again as few times as possible:
   *  1. scan and read the messages, in slices of about SLICE_MS with the page
   *     free to run between them, without touching the DOM;
   *  2. ask the background about the keys not known yet;
   *  3. put the marks in, painted, in tasks of about WRITE_MS (each frame after
   *     a DOM write costs the page a layout, whatever its size, so there are
   *     few of them).
   */
  async annotate(...roots: Node[]): Promise<number> {
    // A pass under way when the extension is switched off here must not mark anything afterwards.
    const generation = this.generation;
    const stale = () => generation !== this.generation;
    this.onRoots?.(roots);
    const seen = new WeakSet<Text>();
    const walk = walkAll(roots, seen, this.hidden);
    const jobs: Job[] = [];
    for (let done = false; !done; ) {
      done = this.batch(() => this.scanSlice(walk, seen, jobs, now() + SLICE_MS));
      if (!done) await yieldToPage();
      if (stale()) return 0;
    }
    await this.ask(jobs);
    let marked = 0;
    for (let i = 0; i < jobs.length; ) {
      if (stale()) return marked;
      const deadline = now() + WRITE_MS;
      const first = i;
      this.batch(() =>
        this.writing(() => {
          for (; i < jobs.length && (i === first || now() < deadline); i++) marked += this.apply(jobs[i]!).length;
        }),
      );
      if (i < jobs.length) await yieldToPage();
    }
    this.onAnnotated?.();
    return marked;
  }

  /** Scans text nodes until the walk ends (true) or the deadline passes (false). */
  private scanSlice(walk: Iterator<Text>, seen: WeakSet<Text>, jobs: Job[], deadline: number): boolean {
    for (let visited = 1; ; visited++) {
      const next = walk.next();
      if (next.done) return true;
      const node = next.value;
      seen.add(node);
      if (!this.created.has(node)) {
        const found = this.scan(node.data, node);
        // The message is read here, in a scan slice, rather than in the task that puts the marks in.
        if (found.length) jobs.push({ node, data: node.data, found, suspicion: this.assess ? (this.assess(node) ?? null) : undefined, focusable: focusableAt(node) });
      }
      // Reading the clock costs too; every few nodes is often enough.
      if (visited % 8 === 0 && now() >= deadline) return false;
    }
  }

  /** Looks up the keys of these jobs not known or asked yet (one message per MAX_LOOKUP_KEYS), and waits for all of them. */
  private async ask(jobs: readonly Job[]) {
    const keys = new Set(jobs.flatMap((j) => j.found.map((d) => d.number)));
    const ask = [...keys].filter((k) => !this.verdicts.has(k) && !this.asking.has(k));
    for (let i = 0; i < ask.length; i += MAX_LOOKUP_KEYS) {
      const batch = ask.slice(i, i + MAX_LOOKUP_KEYS);
      const asked = this.lookup(batch)
        .then(
          (results) => {
            for (const [key, info] of Object.entries(results)) this.verdicts.set(key, info);
          },
          // Left unknown; the next pass showing the number asks again.
          () => undefined,
        )
        .finally(() => {
          for (const k of batch) this.asking.delete(k);
        });
      for (const k of batch) this.asking.set(k, asked);
    }
    const waits = new Set<Promise<unknown>>();
    for (const k of keys) {
      const pending = this.asking.get(k);
      if (pending) waits.add(pending);
    }
    await Promise.all(waits);
  }

  /**
   * Wraps one scanned node, unless the page changed or removed it since the
   * scan (the observer has queued it again then). Each marker is painted before
   * it goes into the page, so the page (and its own mutation observers) sees
   * one insertion, not an insertion and then attribute changes.
   */
  private apply(job: Job): HTMLElement[] {
    if (!job.node.isConnected || job.node.data !== job.data || this.pieces.has(job.node)) return [];
    const markers = this.wrap(job, (m) => {
      // Assessed while scanning, with the assessor of the time (setAssess forgets it).
      if (job.suspicion !== undefined && this.assess) this.suspicions.set(m, job.suspicion);
      applyVerdict(m, this.shown(m, job.node), this.locale);
    });
    // The evidence log reads the message around the marker, so only once it is in the page.
    for (const m of markers) this.logIfFlagged(m);
    return markers;
  }

  /** Called after every pass and repaint, when what the page shows may have changed (the popup's findings). */
  onAnnotated: (() => void) | undefined;

  /** The numbers marked now, with how often each appears and the verdict shown. */
  findings(): FoundNumber[] {
    const found = new Map<string, FoundNumber>();
    for (const m of this.markers()) {
      const key = ownKey(m)!;
      const verdict: Verdict = shownVerdict(m) ?? 'unknown';
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
    this.generation++;
    this.disconnect();
    this.pending.clear();
    for (const m of this.markers()) {
      const owner = this.owners.get(m);
      if (owner) this.release(owner, true);
    }
  }

  /** Called with the roots of every pass, before their text is scanned (the sender marker uses it). */
  onRoots: ((roots: readonly Node[]) => void) | undefined;

  /** Re-asks the background about keys whose verdict changed (a report, a trust; all after an import) and repaints. */
  async refresh(keys?: readonly string[]) {
    const shown = keys ? keys.filter((k) => this.verdicts.has(k)) : [...this.verdicts.keys()];
    if (!shown.length) return;
    for (let i = 0; i < shown.length; i += MAX_LOOKUP_KEYS) {
      const results = await this.lookup(shown.slice(i, i + MAX_LOOKUP_KEYS));
      for (const [key, info] of Object.entries(results)) this.verdicts.set(key, info);
    }
    const changed = new Set(shown);
    this.batch(() => {
      for (const m of this.markers()) {
        if (changed.has(ownKey(m)!)) this.paint(m);
      }
    });
    this.onAnnotated?.();
  }

  /**
   * Runs a batch of DOM writes: the page's changes so far are taken in first,
   * and our own, which the observer would report back as the page's, dropped.
   */
  private writing<T>(fn: () => T): T {
    this.take(this.observer?.takeRecords() ?? []);
    try {
      return fn();
    } finally {
      this.observer?.takeRecords();
    }
  }

  /** Called before marks go into the page (the content script adds its style then, not before). */
  onMarked: (() => void) | undefined;

  /** Marks one text node (inside `writing`). */
  private wrap({ node, found, focusable }: Job, prepare: (marker: HTMLElement) => void): HTMLElement[] {
    this.onMarked?.();
    const { markers, pieces } = wrapDetections(node, found, this.created, prepare, focusable);
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

  /** Watches for content the site adds later (new messages, opened mails) and annotates it. */
  observe(root: Node, delayMs = 100) {
    const view = this.doc.defaultView;
    if (!view || this.observer) return;
    this.delayMs = delayMs;
    this.observer = new view.MutationObserver((records) => {
      this.take(records);
      this.quickPass();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * What the site just added (a new message, an opened mail) is marked inside
   * the observer's callback, before the page's next frame: the page pays for
   * one layout with our marks in it, not a second one later. Known verdicts are
   * painted at once; new keys are asked about and repainted when answered.
   * Bounded by SYNC_MS: whatever does not fit goes to the coalesced pass.
   */
  private quickPass() {
    if (this.pending.size) this.batch(() => this.markAdded());
  }

  private markAdded() {
    const deadline = now() + SYNC_MS;
    const seen = new WeakSet<Text>();
    const jobs: Job[] = [];
    const done: Node[] = [];
    for (const node of [...this.pending]) {
      if (now() >= deadline) break;
      this.pending.delete(node);
      if (!node.isConnected || (node.nodeType === Node.TEXT_NODE && this.created.has(node))) continue;
      // A node too big to finish in time is left, whole, to the sliced pass.
      if (this.scanSlice(textNodesIn(node, seen, this.hidden), seen, jobs, deadline)) done.push(node);
      else this.pending.add(node);
    }
    if (done.length) this.onRoots?.(done);
    if (!this.pending.size && this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!jobs.length) return;
    const markers = this.writing(() => jobs.flatMap((j) => this.apply(j)));
    const unknown = markers.filter((m) => !this.verdicts.has(ownKey(m)!));
    if (!unknown.length) {
      this.onAnnotated?.();
      return;
    }
    void this.ask(jobs).then(() => {
      this.batch(() => {
        for (const m of unknown) if (m.isConnected) this.paint(m);
      });
      this.onAnnotated?.();
    });
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

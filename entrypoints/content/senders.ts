import type { NumberVerdict } from '../../core/verdict';
import type { Locale } from '../../core/i18n';
import { MAX_LOOKUP_SENDERS, MAX_SENDER_NAME_LENGTH } from '../../core/messages';
import type { SiteAdapter } from './sites';
import { PAINT_ATTR, PAINT_TOKEN, setBadge, VERDICT_ATTR } from './markers';

export const SENDER_ATTR = 'data-shield-sender';

/** Verdicts of sender names as shown, keyed by that text (the background normalizes it). */
export type SenderLookup = (names: string[]) => Promise<Record<string, { normalized: string; verdict: NumberVerdict }>>;

const SEVERITY: Record<string, number> = { scam: 6, collector: 5, harassment: 4, telemarketing: 3, official: 2, trusted: 1 };

/**
 * Sender names the site shows (who a mail or SMS thread is from), found by the
 * site's adapter. Unlike numbers they are not wrapped: the site's own element
 * gets the attributes, so its layout and its event handlers stay as they were.
 */
export class SenderMarker {
  private readonly verdicts = new Map<string, NumberVerdict>();
  /** Marked elements and the names each goes by (display name and address). */
  private readonly marked = new Map<Element, string[]>();
  /**
   * What each marked element shows (its name and the verdict painted), kept
   * here: the page can rewrite the attributes, so findings never read them back.
   */
  private readonly shown = new Map<Element, { name: string; verdict: NumberVerdict['verdict'] }>();
  /** Bumped by clear(): a pass whose lookup was under way paints nothing afterwards. */
  private generation = 0;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly lookup: SenderLookup,
    private locale: Locale,
  ) {}

  /** Called before a sender is marked (the content script adds its style then). */
  onMarked: (() => void) | undefined;

  /** Finds and marks the senders inside roots; resolves when they carry their verdicts. */
  async mark(roots: readonly Node[]): Promise<number> {
    const found: { element: Element; names: string[] }[] = [];
    for (const root of this.scopes(roots)) {
      for (const s of this.adapter.findSenders(root)) {
        const names = [...new Set([s.address, s.name].filter((n): n is string => !!n).map((n) => n.slice(0, MAX_SENDER_NAME_LENGTH)))];
        if (!names.length) continue;
        this.onMarked?.();
        const name = s.name || names[0]!;
        s.element.setAttribute(SENDER_ATTR, name);
        s.element.setAttribute(PAINT_ATTR, PAINT_TOKEN);
        const shown = this.shown.get(s.element);
        // New, or recycled for another sender (virtual lists reuse rows and change their text):
        // the old verdict must not stay on the new name while the lookup runs.
        if (!shown || shown.name !== name || this.marked.get(s.element)?.join('\u0000') !== names.join('\u0000')) {
          s.element.setAttribute(VERDICT_ATTR, 'unknown');
          setBadge(s.element, undefined, this.locale);
          this.shown.set(s.element, { name, verdict: 'unknown' });
        }
        // Known from here on, so clear() takes the attributes back even while the lookup runs.
        this.marked.set(s.element, names);
        found.push({ element: s.element, names });
      }
    }
    if (!found.length) return 0;
    const generation = this.generation;
    const unknown = [...new Set(found.flatMap((f) => f.names))].filter((n) => !this.verdicts.has(n));
    await this.ask(unknown);
    if (generation !== this.generation) return 0;
    for (const f of found) this.paint(f.element, f.names);
    return found.length;
  }

  /**
   * Where to look for senders. A changed text node (a recycled row, a sender
   * name rewritten in place) is searched from its message element, which holds
   * the sender element; elements and documents are searched as they are.
   */
  private scopes(roots: readonly Node[]): ParentNode[] {
    const out = new Set<ParentNode>();
    for (const root of roots) {
      if (root.nodeType === Node.TEXT_NODE) {
        const parent = root.parentElement;
        if (!parent?.isConnected) continue;
        let scope: Element | null = null;
        try {
          scope = this.adapter.messageOf(root);
        } catch {
          scope = null;
        }
        out.add(scope && scope.contains(root) ? scope : (parent.parentElement ?? parent));
      } else if (isSearchable(root)) out.add(root as ParentNode);
    }
    return [...out];
  }

  /** Re-asks about every sender shown (a list was imported or removed) and repaints. */
  async refresh() {
    for (const el of [...this.marked.keys()]) {
      if (el.isConnected) continue;
      this.marked.delete(el);
      this.shown.delete(el);
    }
    const names = [...this.verdicts.keys()];
    this.verdicts.clear();
    await this.ask(names);
    for (const [el, names] of this.marked) this.paint(el, names);
  }

  setLocale(locale: Locale) {
    this.locale = locale;
    for (const [el, names] of this.marked) this.paint(el, names);
  }

  /** What the popup lists: each sender name shown and its verdict. */
  findings(): { name: string; verdict: NumberVerdict['verdict'] }[] {
    const out = new Map<string, NumberVerdict['verdict']>();
    for (const [el, { name, verdict }] of this.shown) if (el.isConnected) out.set(name, verdict);
    return [...out].map(([name, verdict]) => ({ name, verdict }));
  }

  /** The extension is turned off here: take every attribute back. */
  clear() {
    this.generation++;
    for (const el of this.marked.keys()) {
      el.removeAttribute(SENDER_ATTR);
      el.removeAttribute(VERDICT_ATTR);
      el.removeAttribute(PAINT_ATTR);
      setBadge(el, undefined, this.locale);
    }
    this.marked.clear();
    this.shown.clear();
  }

  private async ask(names: string[]) {
    for (let i = 0; i < names.length; i += MAX_LOOKUP_SENDERS) {
      const results = await this.lookup(names.slice(i, i + MAX_LOOKUP_SENDERS));
      for (const [name, r] of Object.entries(results)) this.verdicts.set(name, r.verdict);
    }
  }

  /** The most severe verdict among the names a sender goes by (display name and address). */
  private paint(el: Element, names: readonly string[]) {
    let best: NumberVerdict | undefined;
    for (const n of names) {
      const v = this.verdicts.get(n);
      if (v && (SEVERITY[v.verdict] ?? 0) > (SEVERITY[best?.verdict ?? ''] ?? 0)) best = v;
    }
    const verdict = best?.verdict ?? 'unknown';
    el.setAttribute(VERDICT_ATTR, verdict);
    const shown = this.shown.get(el);
    if (shown) shown.verdict = verdict;
    setBadge(el, best, this.locale);
  }
}

function isSearchable(node: Node): boolean {
  return node.isConnected && (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11);
}

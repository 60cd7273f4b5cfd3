import type { FoundNumber, FoundSender, TabFindings } from '../../core/messages';
import { isFlagged } from '../../core/verdict';

interface FrameFindings {
  numbers: FoundNumber[];
  senders: FoundSender[];
}
type TabRecord = Record<string, FrameFindings>;

/** The part of `storage.session` used: kept there so a restarted service worker still knows what each tab shows. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * What each tab's frames last reported they show, for the popup. Only numbers,
 * sender names and verdicts: never the message text. Kept in memory and in
 * session storage, and forgotten when the tab navigates or closes.
 */
export class FindingsStore {
  private readonly tabs = new Map<number, TabRecord>();

  constructor(private readonly session?: SessionArea) {}

  async set(tabId: number, frameId: number, findings: FrameFindings) {
    const tab = { ...(await this.load(tabId)), [String(frameId)]: findings };
    this.tabs.set(tabId, tab);
    await this.session?.set({ [storageKey(tabId)]: tab }).catch(() => undefined);
  }

  async get(tabId: number): Promise<TabFindings> {
    const frames = Object.values(await this.load(tabId));
    const numbers = new Map<string, FoundNumber>();
    const senders = new Map<string, FoundSender>();
    for (const f of frames) {
      for (const n of f.numbers) {
        const had = numbers.get(n.key);
        numbers.set(n.key, had ? { ...n, count: had.count + n.count } : { ...n });
      }
      for (const s of f.senders) senders.set(s.name, s);
    }
    // Flagged first, then by how often they appear: the popup's first lines are the ones that matter.
    const rank = (v: FoundNumber['verdict']) => (v === 'suspected' ? 1 : isFlagged(v) ? 0 : v === 'unknown' ? 3 : 2);
    return {
      numbers: [...numbers.values()].sort((a, b) => rank(a.verdict) - rank(b.verdict) || b.count - a.count || a.key.localeCompare(b.key)),
      senders: [...senders.values()].sort((a, b) => rank(a.verdict) - rank(b.verdict) || a.name.localeCompare(b.name)),
      frames: frames.length,
    };
  }

  async clear(tabId: number) {
    this.tabs.delete(tabId);
    await this.session?.remove(storageKey(tabId)).catch(() => undefined);
  }

  private async load(tabId: number): Promise<TabRecord> {
    const known = this.tabs.get(tabId);
    if (known) return known;
    const stored = (await this.session?.get(storageKey(tabId)).catch(() => undefined))?.[storageKey(tabId)];
    const tab = stored && typeof stored === 'object' ? (stored as TabRecord) : {};
    this.tabs.set(tabId, tab);
    return tab;
  }
}

function storageKey(tabId: number) {
  return `findings:${tabId}`;
}

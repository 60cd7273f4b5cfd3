/**
 * The messages of this page as the message model has them (core/message.ts):
 * the site adapter reads a message (its element, own text, sender, the sent
 * time as shown, direction); generic mode reads it where the adapter does not
 * know the page or fails; here the sent time is parsed and the stable id made.
 * Everything the content script says about a message (suspicion, the card,
 * the evidence log, the report form) comes through `at`.
 */
import { messageKey, messageText, type PageMessage } from '../../core/message';
import { parsePageTime } from '../../core/message-time';
import * as generic from './sites/generic';
import type { SiteAdapter, SiteMessage } from './sites/types';

/** A message of the page with the element that shows it (which stays in the content script). */
export type ShownMessage = PageMessage & { element: Element };

/**
 * What the id is made of when the site has none: the sent time as an absolute
 * minute (or day) when the page's text could be read, since "昨天 23:41" reads
 * "周五 23:41" a few days later and "5 分钟前" changes every minute; the text as
 * shown otherwise.
 */
function timeStamp(m: SiteMessage, sent: PageMessage['sent']): string | undefined {
  if (sent) return sent.precision === 'minute' ? `m${Math.floor(sent.at / 60_000)}` : `d${new Date(sent.at).toISOString().slice(0, 10)}`;
  return m.sentText;
}

/**
 * The text an id is made from: the message's text without the time label the
 * page shows inside it (generic mode reads a message with its header line, and
 * "昨天 23:41" becomes "周日 23:41" on a later day).
 */
function withoutTimeLabel(text: string, sentText: string | undefined): string {
  const label = sentText ? messageText(sentText) : '';
  return label ? text.split(label).join('\u0000') : text;
}

/** A message as read by an adapter, in the model's terms. `now` resolves relative times ("昨天", "5 分钟前"). */
export function toPageMessage(site: string, m: SiteMessage, now: number): ShownMessage {
  const text = messageText(m.text);
  const sent = m.sentText ? parsePageTime(m.sentText, { now }) : undefined;
  const sender = m.sender?.name || m.sender?.address ? m.sender : undefined;
  const out: ShownMessage = {
    element: m.element,
    id: messageKey(site, { siteId: m.siteId, sender, sentText: timeStamp(m, sent), text: withoutTimeLabel(text, m.sentText) }),
    text,
    direction: m.direction === 'outgoing' ? 'outgoing' : 'incoming',
  };
  if (sender) out.sender = sender.address ? { name: sender.name, address: sender.address } : { name: sender.name };
  if (sent) out.sent = sent;
  return out;
}

/**
 * One adapter call may take this long. A site that changed its markup can make
 * an adapter's selectors slow as well as wrong; past this, or on any error,
 * the page is read in generic mode from then on (until it is reloaded).
 */
export const ADAPTER_BUDGET_MS = 50;

export class PageMessages {
  /** Set when the adapter threw or ran past its budget on this page. */
  private adapterFailed = false;

  constructor(
    private readonly adapter: SiteAdapter,
    /** The site a message is recorded under (a mail-body frame reports its page's host). */
    private readonly site: () => string,
  ) {}

  /** Runs one adapter call; its failure (an error, or too slow) sends the page to generic mode. */
  private viaAdapter<T>(call: () => T): T | undefined {
    if (this.adapterFailed) return undefined;
    const started = performance.now();
    let result: T;
    try {
      result = call();
    } catch {
      this.adapterFailed = true;
      return undefined;
    }
    // Too slow: the answer of an adapter lost in a changed page is not trusted either.
    if (performance.now() - started > ADAPTER_BUDGET_MS) {
      this.adapterFailed = true;
      return undefined;
    }
    return result;
  }

  /** Whether this page is read in generic mode because its adapter failed here. */
  get fellBack(): boolean {
    return this.adapterFailed;
  }

  /**
   * The message holding node, or null (inside editable areas, or no message
   * around it). An adapter that does not know this node leaves it to generic
   * mode; one that throws or runs past its budget leaves the whole page to it:
   * a broken adapter must not break the page, nor leave a number without its
   * message.
   */
  at(node: Node, now = Date.now()): ShownMessage | null {
    const m = this.read(node);
    return m ? toPageMessage(this.site(), m, now) : null;
  }

  /** The adapter's reading of the message holding node, else generic mode's. */
  private read(node: Node): SiteMessage | null {
    const adapter = this.adapter;
    const m = adapter.messageAt && adapter !== generic.genericAdapter ? (this.viaAdapter(() => adapter.messageAt!(node)) ?? null) : null;
    return m ?? generic.messageAt(node);
  }

  /**
   * Only what suspicion needs of the message holding node: its own text and
   * direction. Suspicion asks for every number of a long page, so this skips
   * parsing the sent time and making the id, which `at` does for the few
   * numbers that are flagged or hovered.
   */
  textAt(node: Node): { text: string; direction: 'incoming' | 'outgoing' } | null {
    const m = this.read(node);
    return m ? { text: messageText(m.text), direction: m.direction === 'outgoing' ? 'outgoing' : 'incoming' } : null;
  }

  /** Every message shown inside root, in document order (the adapter's reading, else generic mode's). */
  all(root: ParentNode, now = Date.now()): ShownMessage[] {
    let found: SiteMessage[] | undefined;
    const adapter = this.adapter;
    if (adapter.messagesIn && adapter !== generic.genericAdapter) found = this.viaAdapter(() => adapter.messagesIn!(root));
    found ??= generic.messagesIn(root);
    return found.map((m) => toPageMessage(this.site(), m, now));
  }
}

/**
 * What a site adapter knows about one web SMS / mail site: where it shows who
 * sent a message, and which element holds one whole message.
 */

export interface SenderFound {
  element: Element;
  /** what the site shows: a name, an address or a number */
  name: string;
  /** mail address or phone number when the site exposes it (e.g. an attribute) */
  address?: string;
}

/** One message the site shows, as an adapter reads it (see core/message.ts for the model). */
export interface SiteMessage {
  /** The element holding this message and nothing of its neighbours (bubble, mail, list row). */
  element: Element;
  /** The site's own id where it has one (Gmail data-message-id, Google Messages msg-id, QQ Mail data-mailid…). */
  siteId?: string;
  /** That message's own text as shown (the caller collapses whitespace and cuts it). Hidden duplicates (e.g. Gmail's div.afn) are left out. */
  text: string;
  /** Who sent it; in an SMS conversation the conversation's number applies to every incoming message. */
  sender?: { name: string; address?: string };
  /** The sent time exactly as the page shows it (an attribute such as title, or the visible text); absent when the page shows none. Never guessed. */
  sentText?: string;
  /** Whether the user received it or sent it. */
  direction: 'incoming' | 'outgoing';
}

export interface SiteAdapter {
  /** 'gmail', 'google-messages', 'google-voice', 'outlook', 'qq-mail', 'netease-mail' (163/126) */
  id: string;
  /** host names it applies to, exact */
  hosts: readonly string[];
  /**
   * The region numbers without a country code belong to on this site
   * (Google Voice is a US service: "(845) 555-0142"). Absent: decided per text
   * (core/region.ts).
   */
  region?: 'CN' | 'US';
  /**
   * A selector for the site's hidden copies of visible text (Gmail's row
   * summary div.afn for screen readers): nothing in them is marked or read as a
   * message.
   */
  hidden?: string;
  /** Sender elements inside root (root may be the document or a subtree just added by the site). Must never throw on unexpected DOM. */
  findSenders(root: ParentNode): SenderFound[];
  /** The element holding one whole message (SMS bubble / mail body / list row) that contains node, or null. Used to take the message text for claim detection and as the evidence excerpt. */
  messageOf(node: Node): Element | null;
  /**
   * Every message shown inside root, in document order, each once (hidden
   * duplicates excluded). Must never throw on unexpected DOM. Optional while
   * adapters are being moved to the message model; generic mode always has it.
   */
  messagesIn?(root: ParentNode): SiteMessage[];
  /** The message containing node, or null (inside editable areas: always null). */
  messageAt?(node: Node): SiteMessage | null;
  /** Where this adapter's structure knowledge came from (URLs/notes), also repeated as a comment at the top of the fixture page. */
  provenance: string;
}

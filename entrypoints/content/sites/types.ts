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

export interface SiteAdapter {
  /** 'gmail', 'google-messages', 'google-voice', 'outlook', 'qq-mail', 'netease-mail' (163/126) */
  id: string;
  /** host names it applies to, exact */
  hosts: readonly string[];
  /** Sender elements inside root (root may be the document or a subtree just added by the site). Must never throw on unexpected DOM. */
  findSenders(root: ParentNode): SenderFound[];
  /** The element holding one whole message (SMS bubble / mail body / list row) that contains node, or null. Used to take the message text for claim detection and as the evidence excerpt. */
  messageOf(node: Node): Element | null;
  /** Where this adapter's structure knowledge came from (URLs/notes), also repeated as a comment at the top of the fixture page. */
  provenance: string;
}

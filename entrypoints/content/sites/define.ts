/**
 * What every site adapter shares: its id and hosts come from the site table
 * (core/sites.ts); senders and message elements are never read in editable
 * areas, and finding them never throws into the content script.
 */
import { exactHostsOf, siteById, type AdaptedSiteId } from '../../../core/sites';
import { collectSenders, inEditable } from './dom';
import { closestBlock } from './generic';
import type { SiteAdapter } from './types';

export type SiteAdapterParts = Omit<SiteAdapter, 'id' | 'hosts' | 'messageOf'> & {
  /** The element of one message holding node; default: messageAt's element, else the closest text block. */
  messageOf?: SiteAdapter['messageOf'];
};

export function defineSiteAdapter(id: AdaptedSiteId, parts: SiteAdapterParts): SiteAdapter {
  const site = siteById(id);
  if (!site) throw new Error(`no site ${id} in core/sites.ts`);
  const messageAt = parts.messageAt;
  const messagesIn = parts.messagesIn;
  const adapter: SiteAdapter = {
    ...parts,
    id,
    hosts: exactHostsOf(site),
    findSenders: (root) => collectSenders(root, () => parts.findSenders(root).filter((s) => !inEditable(s.element))),
    messageOf: (node) => {
      try {
        if (inEditable(node)) return null;
        if (parts.messageOf) return parts.messageOf(node);
        return messageAt?.(node)?.element ?? closestBlock(node);
      } catch {
        return null;
      }
    },
  };
  // Errors of messageAt/messagesIn are left to the caller (page-messages.ts), which then
  // reads the whole page in generic mode rather than trusting a broken adapter node by node.
  if (messageAt) adapter.messageAt = (node) => (inEditable(node) ? null : messageAt(node));
  if (messagesIn) adapter.messagesIn = messagesIn;
  return adapter;
}

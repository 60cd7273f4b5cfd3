/**
 * Any page without a site adapter: no sender knowledge, and a message is the
 * closest block of text around the number, if it is short enough to be one.
 */
import { closest, elementOf, inEditable, textUpTo } from './dom';
import type { SiteAdapter } from './types';

/** Longest text taken as one message; a longer block is a page section, not a message. */
export const MAX_MESSAGE_CHARS = 2000;

const BLOCK = [
  'p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'article', 'section', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div',
  '[role="listitem"]', '[role="article"]', '[role="row"]', '[role="option"]', '[role="gridcell"]',
].join(', ');

/** Closest block-level element around node whose text is at most MAX_MESSAGE_CHARS long. */
export function closestBlock(node: Node): Element | null {
  if (inEditable(node)) return null;
  const start = elementOf(node);
  if (!start) return null;
  const block = closest(start, BLOCK);
  if (!block) return null;
  const { text, more } = textUpTo(block, MAX_MESSAGE_CHARS);
  if (more || !text.trim()) return null;
  return block;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  hosts: [],
  findSenders: () => [],
  messageOf: (node) => {
    try {
      return closestBlock(node);
    } catch {
      return null;
    }
  },
  provenance: 'No site-specific structure: the closest block-level element (p, li, td, article, div, role=listitem/article, …) holding at most 2000 characters of text.',
};

/**
 * The text of the message a number sits in, for claim detection and the card's
 * reminders: the nearest block-level ancestor with enough text, bounded so a
 * whole mail thread is never taken as one message.
 */
import { textUpTo } from './sites/dom';

const BLOCK = /^(P|LI|TD|TH|ARTICLE|SECTION|BLOCKQUOTE|DD|DT|H[1-6])$/;
const MIN_TEXT = 20;
const MAX_TEXT = 2000;

export function messageElementOf(node: Node): Element | null {
  let best: Element | null = null;
  for (let el = node.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const { text, more } = textUpTo(el, MAX_TEXT);
    if (more) break;
    const len = text.length;
    best = el;
    if ((BLOCK.test(el.tagName) || el.getAttribute('role') === 'listitem' || el.getAttribute('role') === 'article') && len >= MIN_TEXT) return el;
  }
  return best;
}

/** The message's text; a site adapter, when it knows the site, says which element holds one message. */
export function messageTextOf(node: Node, adapter?: { messageOf(node: Node): Element | null }): string {
  const el = adapter?.messageOf(node) ?? messageElementOf(node);
  // A little more than kept, so collapsing whitespace still leaves MAX_TEXT characters.
  return el ? textUpTo(el, MAX_TEXT * 2).text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) : '';
}

/**
 * The text of the message a number sits in, for claim detection and the card's
 * reminders: the nearest block-level ancestor with enough text, bounded so a
 * whole mail thread is never taken as one message.
 */
import { textUpTo } from './sites/dom';

const BLOCK = /^(P|LI|TD|TH|ARTICLE|SECTION|BLOCKQUOTE|DD|DT|H[1-6])$/;
const MIN_TEXT = 20;
const MAX_TEXT = 2000;
/** A little more than kept, so collapsing whitespace still leaves MAX_TEXT characters. */
const READ_TEXT = MAX_TEXT * 2;

type Bounded = { text: string; more: boolean };

/**
 * Element texts read during the current batch. Every number of a batch climbs
 * the same ancestors (the message list holding them all) and reads each of
 * them up to READ_TEXT characters; within one synchronous batch the page
 * cannot change any of it, and our own marks never change text, so each
 * element is read once per batch.
 */
let memo: Map<Element, Bounded> | undefined;

/** Runs `fn` with element texts remembered until it returns (nested calls share the outer batch). */
export function inTextBatch<T>(fn: () => T): T {
  if (memo) return fn();
  memo = new Map();
  try {
    return fn();
  } finally {
    memo = undefined;
  }
}

function read(el: Element): Bounded {
  const hit = memo?.get(el);
  if (hit) return hit;
  const got = textUpTo(el, READ_TEXT);
  memo?.set(el, got);
  return got;
}

/** The message element and its text as read (up to READ_TEXT characters). */
function messageOf(node: Node): { el: Element; text: string } | null {
  let best: { el: Element; text: string } | null = null;
  for (let el = node.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const { text, more } = read(el);
    if (more || text.length > MAX_TEXT) break;
    best = { el, text };
    if ((BLOCK.test(el.tagName) || el.getAttribute('role') === 'listitem' || el.getAttribute('role') === 'article') && text.length >= MIN_TEXT) return best;
  }
  return best;
}

export function messageElementOf(node: Node): Element | null {
  return messageOf(node)?.el ?? null;
}

/** The message's text; a site adapter, when it knows the site, says which element holds one message. */
export function messageTextOf(node: Node, adapter?: { messageOf(node: Node): Element | null }): string {
  const site = adapter?.messageOf(node);
  const text = site ? read(site).text : (messageOf(node)?.text ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/**
 * The text of the message a number sits in, for claim detection, the card's
 * reminders and the evidence excerpt: that one message's own text, never its
 * neighbours'. A site adapter with messageAt says which message it is; one with
 * only messageOf names its element; without an adapter (generic mode) the
 * message is found from the page's structure (sites/generic.ts messageAt).
 */
import { MAX_MESSAGE_TEXT, messageText } from '../../core/message';
import { inMessageBatch, messageAt } from './sites/generic';
import { textUpTo } from './sites/dom';
import type { SiteMessage } from './sites/types';

/** A little more than kept, so collapsing whitespace still leaves MAX_MESSAGE_TEXT characters. */
const READ_TEXT = MAX_MESSAGE_TEXT * 2;

type Bounded = { text: string; more: boolean };

/**
 * Element texts read during the current batch. Every number of a batch reads
 * the message around it, and several numbers share one message; within one
 * synchronous batch the page cannot change any of it, and our own marks never
 * change text, so each element is read once per batch.
 */
let memo: Map<Element, Bounded> | undefined;

/** Runs `fn` with element texts and message boundaries remembered until it returns (nested calls share the outer batch). */
export function inTextBatch<T>(fn: () => T): T {
  if (memo) return fn();
  memo = new Map();
  try {
    return inMessageBatch(fn);
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

/** What an adapter may offer: the message itself (messageAt), or only its element (messageOf). */
export interface MessageSource {
  messageOf(node: Node): Element | null;
  messageAt?(node: Node): SiteMessage | null;
}

/** The element of the message holding node, found from the page's structure (generic mode). */
export function messageElementOf(node: Node): Element | null {
  return messageAt(node)?.element ?? null;
}

/** The message's text, whitespace collapsed, at most MAX_MESSAGE_TEXT characters. */
export function messageTextOf(node: Node, adapter?: MessageSource): string {
  if (adapter?.messageAt) return messageText(adapter.messageAt(node)?.text ?? '');
  if (adapter) {
    const site = adapter.messageOf(node);
    if (site) return messageText(read(site).text);
  }
  return messageText(messageAt(node)?.text ?? '');
}

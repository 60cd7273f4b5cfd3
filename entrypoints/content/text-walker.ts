/**
 * Finds the text nodes worth scanning under a root, never descending into places
 * where changing the DOM would hurt the user or the site: code, form fields,
 * editable regions, links the site already dials, and our own markers and UI.
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'COLLECTOR-SHIELD-UI',
]);
const DIGIT = /[0-9\uFF10-\uFF19]/;

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('data-shield-number')) return true;
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') return true;
  if (el.tagName === 'A') {
    const href = (el.getAttribute('href') ?? '').trim().toLowerCase();
    if (href.startsWith('tel:') || href.startsWith('sms:')) return true;
  }
  return false;
}

/** True when any ancestor (up to the document) is a skipped element. */
export function insideSkipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/**
 * Text nodes under root that may hold a number, in document order, skipping
 * those in `skip`. Resumable between slices of work: if the page removed the
 * node the walk was about to continue from, the walk starts over from root
 * (what was already handled is in `skip`), instead of silently ending early.
 */
export function* textNodesIn(root: Node, skip?: WeakSet<Text>): Generator<Text> {
  if (root.nodeType === Node.TEXT_NODE) {
    if (DIGIT.test((root as Text).data) && !insideSkipped(root) && !skip?.has(root as Text)) yield root as Text;
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && (isSkippedElement(root as Element) || insideSkipped(root))) return;
  const doc = root.ownerDocument ?? (root as Document);
  const filter: NodeFilter = {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        // REJECT skips the whole subtree; SKIP still visits the children.
        return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      if (skip?.has(node as Text)) return NodeFilter.FILTER_SKIP;
      return DIGIT.test((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  };
  let walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
  // Take the next node before the caller may replace the current one with markers.
  let next = walker.nextNode();
  while (next) {
    const current = next as Text;
    next = walker.nextNode();
    yield current;
    if (next && !root.contains(next)) {
      if (!root.isConnected) return;
      walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
      next = walker.nextNode();
    }
  }
}

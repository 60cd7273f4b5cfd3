/**
 * Finds the text nodes worth scanning under a root, never descending into places
 * where changing the DOM would hurt the user or the site: code, form fields,
 * editable regions, links the site already dials, and our own UI.
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'COLLECTOR-SHIELD-UI',
]);
const DIGIT = /[0-9\uFF10-\uFF19]/;

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Not elements carrying data-shield-number: a page can write that attribute itself to
  // hide a number from the scan. Our own markers' text is skipped as text we created.
  // The attribute, not isContentEditable: that getter brings the page's style up to date on every call.
  // Editability inherited from an ancestor is caught when the ancestors are checked.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
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
 * those in `skip` and those inside `hidden` (a site's hidden copies of visible
 * text, such as Gmail's row summary for screen readers: marked, they would be
 * invisible tab stops and count every number twice). The walk shows text nodes only, so the browser does the
 * walking natively (an element filter calling back into script for each of a
 * long page's hundred thousand nodes cost five times the scan itself); whether
 * a node sits in a skipped place is decided from its parent, cached per
 * element for the walk. Resumable between slices of work: if the page removed
 * the node the walk was about to continue from, the walk starts over from root
 * (what was already handled is in `skip`) instead of silently ending early.
 */
export function* textNodesIn(root: Node, skip?: WeakSet<Text>, hidden?: string): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  // A designMode document (classic QQ Mail's quick reply, NetEase's editor) is all editable:
  // checked first, also for a single text node the user is typing into.
  if (doc.designMode === 'on') return;
  const inHidden = (n: Node) => !!hidden && !!(n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement)?.closest(hidden);
  if (root.nodeType === Node.TEXT_NODE) {
    if (DIGIT.test((root as Text).data) && !insideSkipped(root) && !inHidden(root) && !skip?.has(root as Text)) yield root as Text;
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && (isSkippedElement(root as Element) || insideSkipped(root) || inHidden(root))) return;
  const skipped = new Map<Element, boolean>();
  const isSkipped = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let v = skipped.get(el);
    if (v === undefined) {
      v = isSkippedElement(el) || (!!hidden && el.matches(hidden)) || isSkipped(el.parentElement);
      skipped.set(el, v);
    }
    return v;
  };
  let walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // Take the next node before the caller may replace the current one with markers.
  let next = nextCandidate(walker, skip, isSkipped);
  while (next) {
    const current = next;
    next = nextCandidate(walker, skip, isSkipped);
    yield current;
    // isConnected is cheap; a node the page moved elsewhere while connected is found by the observer.
    if (next && !next.isConnected) {
      if (!root.isConnected) return;
      walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      skipped.clear();
      next = nextCandidate(walker, skip, isSkipped);
    }
  }
}

function nextCandidate(walker: TreeWalker, skip: WeakSet<Text> | undefined, isSkipped: (el: Element | null) => boolean): Text | null {
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (DIGIT.test(n.data) && !skip?.has(n) && !isSkipped(n.parentElement)) return n;
  }
  return null;
}

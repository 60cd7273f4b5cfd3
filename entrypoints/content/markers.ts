import type { Detection, Verdict } from '../../core/types';
import { isFlagged, type NumberVerdict } from '../../core/verdict';
import { translate, verdictLabel, type Locale } from '../../core/i18n';
import { formatKey } from '../../core/format';

/**
 * Markers are the only change made to the page's own DOM: a span around the
 * number as written, carrying the canonical key and the verdict. The warning
 * text is drawn by CSS from an attribute, so it adds no text node the site's
 * scripts or a copy-paste would see.
 */
export const MARKER_ATTR = 'data-shield-number';
export const VERDICT_ATTR = 'data-shield-verdict';
const BADGE_ATTR = 'data-shield-badge';

/**
 * Trust. A page (or a mail's own HTML) can write these attributes on any
 * element of its own. So the extension never reads a key or a verdict back
 * from the DOM: each marker it made is remembered here with its key and the
 * verdict it shows, and only those markers open a card, count as findings or
 * get repainted. Painting needs one more attribute whose value is random per
 * page load (PAINT_ATTR = PAINT_TOKEN): HTML written in advance, such as a
 * mail dressing "138 0013 8000" as 95188, cannot know it, so the extension's
 * styles never paint it. (A script running in the page can restyle anything,
 * our marks included; what it cannot do is make the card, the findings or the
 * evidence log say something about a number.)
 */
const OWN = new WeakMap<Element, { key: string; verdict: Verdict }>();
export const PAINT_ATTR = 'data-shield-p';
export const PAINT_TOKEN = randomToken();

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the extension made this marker (in this page load). */
export function isOwnMarker(el: Element): el is HTMLElement {
  return OWN.has(el);
}
/** The key the extension marked, never the attribute a page may have changed since. */
export function ownKey(marker: Element): string | undefined {
  return OWN.get(marker)?.key;
}
/** The verdict the extension painted on its marker. */
export function shownVerdict(marker: Element): Verdict | undefined {
  return OWN.get(marker)?.verdict;
}

// Verdicts differ only in paint (background, inset shadow as underline), never in box
// size: a verdict arriving after the mark repaints the page without laying it out again.
// Only a flagged number's badge adds text, and with it a layout.
export function pageCss(token: string = PAINT_TOKEN): string {
  const own = `[${PAINT_ATTR}="${token}"]`;
  return `
${own}[data-shield-number] { cursor: help; box-shadow: inset 0 -1px 0 rgba(95,99,104,.55); border-radius: 2px; }
${own}[data-shield-number]:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
${own}[data-shield-verdict=collector], ${own}[data-shield-verdict=harassment], ${own}[data-shield-verdict=scam] {
  background: rgba(217,48,37,.12); box-shadow: inset 0 -2px 0 #d93025; }
${own}[data-shield-verdict=telemarketing] { background: rgba(249,171,0,.15); box-shadow: inset 0 -2px 0 #f9ab00; }
${own}[data-shield-verdict=official], ${own}[data-shield-verdict=trusted] { box-shadow: inset 0 -2px 0 #188038; }
${own}[data-shield-verdict=suspected] { background: rgba(249,171,0,.12); box-shadow: inset 0 -2px 0 #e37400; }
${own}[data-shield-verdict=suspected][data-shield-badge]::after { background: #e37400; }
${own}[data-shield-badge]::after { content: attr(data-shield-badge); margin-left: 4px; padding: 0 4px;
  font-size: 0.8em; border-radius: 3px; background: #d93025; color: #fff; white-space: nowrap; }
`;
}

/** Controls of the page that a marker must not be nested in as a second control. */
const INTERACTIVE = 'a[href], button, summary, label, [role=button], [role=link], [role=option], [role=tab], [role=menuitem], [role=treeitem], [tabindex]:not([tabindex="-1"])';

/**
 * Marks the numbers of a text node (detections sorted, non-overlapping). The
 * page's own node stays where it is and keeps the text before the first number
 * (possibly none); the markers and the rest follow it as new siblings, returned
 * as `pieces`. A framework holding a reference to its node can therefore still
 * update, move or remove it: the annotator then removes the pieces and rescans.
 */
export function wrapDetections(
  node: Text,
  detections: readonly Detection[],
  created: WeakSet<Node>,
  /** Called on each marker before it goes into the page (to paint it). */
  prepare: (marker: HTMLElement) => void,
  /** Whether markers may be tab stops here: focusableAt(node), worked out while scanning. */
  focusable: boolean,
): { markers: HTMLElement[]; pieces: Node[] } {
  const doc = node.ownerDocument;
  const text = node.data;
  const frag = doc.createDocumentFragment();
  const markers: HTMLElement[] = [];
  const first = detections.find((d) => d.end <= text.length);
  if (!first) return { markers, pieces: [] };
  let at = first.start;
  for (const d of detections) {
    if (d.start < at || d.end > text.length) continue;
    if (d.start > at) frag.append(keep(doc.createTextNode(text.slice(at, d.start)), created));
    const span = doc.createElement('span');
    span.setAttribute(MARKER_ATTR, d.number);
    span.setAttribute(VERDICT_ATTR, 'unknown');
    span.setAttribute(PAINT_ATTR, PAINT_TOKEN);
    OWN.set(span, { key: d.number, verdict: 'unknown' });
    if (focusable) {
      span.setAttribute('tabindex', '0');
      span.setAttribute('role', 'button');
      span.setAttribute('aria-haspopup', 'dialog');
    }
    span.append(keep(doc.createTextNode(text.slice(d.start, d.end)), created));
    prepare(span);
    frag.append(keep(span, created));
    markers.push(span);
    at = d.end;
  }
  if (at < text.length) frag.append(keep(doc.createTextNode(text.slice(at)), created));
  const pieces = [...frag.childNodes];
  node.data = text.slice(0, first.start);
  node.after(frag);
  return { markers, pieces };
}

/**
 * Inside a link or button the page's own control takes the keyboard: a
 * focusable marker nested in it is invalid ARIA, and Firefox's Tab order loops
 * inside such a link (the rest of the page becomes unreachable).
 */
export function focusableAt(node: Node): boolean {
  return !node.parentElement?.closest(INTERACTIVE);
}

function keep<T extends Node>(n: T, created: WeakSet<Node>): T {
  created.add(n);
  return n;
}

export function applyVerdict(marker: HTMLElement, info: NumberVerdict | undefined, locale: Locale) {
  const own = OWN.get(marker);
  if (!own) return;
  const key = own.key;
  const verdict = info?.verdict ?? 'unknown';
  own.verdict = verdict;
  const label = verdictLabel(locale, verdict);
  setIfChanged(marker, VERDICT_ATTR, verdict);
  setIfChanged(marker, 'aria-label', translate(locale, 'marker.label', { number: formatKey(key), verdict: label }));
  setBadge(marker, info, locale);
}

/** A repaint that changes nothing must not cost the page a style recalculation and a frame. */
function setIfChanged(el: Element, name: string, value: string | null) {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** The visible warning of a flagged verdict ("⚠ 催收 · 12 次举报"), drawn by CSS from an attribute; none otherwise. */
export function setBadge(el: Element, info: NumberVerdict | undefined, locale: Locale) {
  const verdict = info?.verdict ?? 'unknown';
  if (!isFlagged(verdict)) {
    setIfChanged(el, BADGE_ATTR, null);
    return;
  }
  const reports = (info?.myReports ?? 0) + (info?.split.reduce((n, s) => n + s.count, 0) ?? 0);
  const badge = translate(locale, 'badge.flagged', { verdict: verdictLabel(locale, verdict) });
  const count = reports === 1 ? translate(locale, 'badge.oneReport') : translate(locale, 'badge.reports', { n: reports });
  setIfChanged(el, BADGE_ATTR, reports > 0 ? `${badge} · ${count}` : badge);
}

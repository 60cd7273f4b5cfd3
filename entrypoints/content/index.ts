import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_SITE_MATCHES } from '../../core/sites';
import { scanText } from '../../core/detect';
import { ask } from '../../lib/api';
import { loadSettings, localeOf, onSettingsChanged } from '../../lib/settings';
import { messageTextOf as messageText } from './message-text';
import { assessMessage } from '../../core/suspicion';
import { sightingId } from '../../core/sighting';
import type { Settings } from '../../core/settings';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { MARKER_ATTR, PAGE_CSS } from './markers';
import { SenderMarker } from './senders';
import { adapterForPage, genericAdapter } from './sites';

export default defineContentScript({
  // Loopback hosts for tests and the demo are added by wxt.config.ts in dev builds only.
  matches: [...KNOWN_SITE_MATCHES],
  runAt: 'document_idle',
  // Mail bodies often sit in iframes (163/126, classic QQ Mail), same-origin or about:blank/srcdoc.
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    const doc = document;
    const settings = await loadSettings();
    let locale = localeOf(settings);
    const adapter = adapterForPage(siteName(), topDocument() ?? doc);
    // The generic adapter knows no message element; the text-block heuristic below is its stand-in.
    const site = adapter === genericAdapter ? undefined : adapter;
    const messageTextOf = (node: Node) => messageText(node, site);
    const senders = new SenderMarker(adapter, async (names) => (await ask({ type: 'lookup-senders', names })).results, locale);
    const annotator = new Annotator(
      doc,
      (text) => scanText(text),
      async (keys) => (await ask({ type: 'lookup', keys })).results,
      locale,
    );

    const style = doc.createElement('style');
    style.setAttribute('data-shield-style', '');
    style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(style);

    // Sender names are searched in the same places as numbers: the page at first, then what the site adds.
    const senderPasses = new Set<Promise<unknown>>();
    annotator.onRoots = (roots) => {
      const pass = senders.mark(roots).catch(() => 0);
      senderPasses.add(pass);
      void pass.finally(() => senderPasses.delete(pass));
    };

    const assessWith = (s: Settings) => (s.suspicion ? (m: HTMLElement) => assessMessage(messageTextOf(m)) : undefined);
    annotator.assess = assessWith(settings);

    // Evidence log: one sighting per message a flagged number appears in.
    let evidenceLog = settings.evidenceLog;
    const logged = new Set<string>();
    annotator.onFlagged = (marker, key) => {
      if (!evidenceLog) return;
      const excerpt = messageTextOf(marker).slice(0, 500);
      const site = siteName();
      const messageId = sightingId(site, excerpt, Date.now());
      const seen = `${key}|${messageId}`;
      if (logged.has(seen)) return;
      logged.add(seen);
      // If the background could not record it, let a later repaint try again.
      void ask({ type: 'sighting', key, site, excerpt, messageId }).catch(() => logged.delete(seen));
    };

    const card = new CardHost(doc, locale, () => scheduleClose(), {
      report: async (key, details) => (await ask({ type: 'report', key, ...details })).id,
      undoReport: async (id) => {
        await ask({ type: 'report-delete', id });
      },
      setOverride: async (key, value) => {
        await ask({ type: 'override', key, value });
      },
      copy: (text) => navigator.clipboard.writeText(text),
      messageText: (anchor) => messageTextOf(anchor),
      site: siteName,
    });
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    const cancelClose = () => {
      if (closeTimer) clearTimeout(closeTimer);
      closeTimer = undefined;
    };
    const scheduleClose = () => {
      cancelClose();
      // A report being written keeps the card open until it is saved, cancelled or closed.
      if (!card.pinned) closeTimer = setTimeout(() => card.hide(), 300);
    };
    let returningFocusTo: HTMLElement | undefined;
    const open = (marker: HTMLElement) => {
      cancelClose();
      if (card.anchor === marker || card.pinned || marker === returningFocusTo) return;
      const key = marker.getAttribute(MARKER_ATTR)!;
      card.show({ anchor: marker, numberKey: key, info: annotator.verdictOf(key), suspicion: annotator.suspicionOf(marker) });
      ask({ type: 'details', key, text: messageTextOf(marker), at: Date.now() }).then(
        (details) => card.update({ details }, marker),
        (err: Error) => card.update({ details: { error: err.message } }, marker),
      );
    };
    const markerOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>(`[${MARKER_ATTR}]`) : null;

    ctx.addEventListener(doc, 'mouseover', (e) => {
      const m = markerOf(e.target);
      if (m) open(m);
      else if (card.contains(e.target as Node)) cancelClose();
    });
    ctx.addEventListener(doc, 'mouseout', (e) => {
      if (markerOf(e.target) && !card.contains(e.relatedTarget as Node | null)) scheduleClose();
    });
    ctx.addEventListener(doc, 'focusin', (e) => {
      const m = markerOf(e.target);
      if (m) open(m);
    });
    ctx.addEventListener(doc, 'focusout', (e) => {
      const leaving = markerOf(e.target) ?? (card.contains(e.target as Node) ? card.anchor : null);
      const to = e.relatedTarget as Node | null;
      if (leaving && !card.contains(to) && to !== card.anchor) scheduleClose();
    });
    // Enter or Space on a number moves focus into its card; Escape closes it and returns to the number.
    // Only these keys, only on our markers or while the card is open: the page keeps every other shortcut.
    ctx.addEventListener(doc, 'keydown', (e) => {
      const m = markerOf(e.target);
      if (m && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        open(m);
        card.focusFirst();
        return;
      }
      if (e.key === 'Escape' && card.anchor) {
        const anchor = card.anchor;
        const inside = card.contains(doc.activeElement);
        card.hide();
        if (inside) {
          // Giving focus back must not reopen the card the user just closed.
          returningFocusTo = anchor;
          anchor.focus();
          returningFocusTo = undefined;
        }
      }
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: unknown; keys?: unknown };
      if (m?.type === 'verdicts-changed') {
        const keys = Array.isArray(m.keys) ? m.keys.filter((k): k is string => typeof k === 'string') : undefined;
        if (!keys) void senders.refresh().catch(() => undefined);
        void annotator.refresh(keys).then(() => {
          const anchor = card.anchor;
          if (anchor) card.update({ info: annotator.verdictOf(anchor.getAttribute(MARKER_ATTR)!) });
        });
      }
    });

    onSettingsChanged((next) => {
      locale = localeOf(next);
      annotator.setLocale(locale);
      senders.setLocale(locale);
      annotator.setAssess(assessWith(next));
      evidenceLog = next.evidenceLog;
      card.setLocale(locale);
    });

    void annotator.annotate(doc.body).then(async () => {
      await Promise.all([...senderPasses]);
      doc.documentElement.setAttribute('data-shield-ready', '');
      annotator.observe(doc.body);
    });
    ctx.onInvalidated(() => annotator.disconnect());
  },
});

/** The top page's document when this frame may read it (a same-origin or about:blank mail-body frame). */
function topDocument(): Document | undefined {
  try {
    return window.top?.document ?? undefined;
  } catch {
    return undefined;
  }
}

/** The site a message was read on: an about:blank or srcdoc mail-body frame reports its parent page's host. */
function siteName(): string {
  if (location.hostname) return location.hostname;
  try {
    return window.top?.location.hostname ?? '';
  } catch {
    return '';
  }
}

import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_SITE_MATCHES } from '../../core/sites';
import { scanText } from '../../core/detect';
import { ask } from '../../lib/api';
import { loadSettings, localeOf, onSettingsChanged } from '../../lib/settings';
import { inTextBatch, messageTextOf as messageText } from './message-text';
import { assessMessage } from '../../core/suspicion';
import { sightingId } from '../../core/sighting';
import { activeOn, type Settings } from '../../core/settings';
import { MAX_FINDINGS, MAX_SIGHTINGS, type Sighting } from '../../core/messages';
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
    const host = siteName();
    const adapter = adapterForPage(host, topDocument() ?? doc);
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

    // Sender names are searched in the same places as numbers: the page at first, then what the site adds.
    const senderPasses = new Set<Promise<unknown>>();
    annotator.onRoots = (roots) => {
      const pass = senders.mark(roots).catch(() => 0);
      senderPasses.add(pass);
      void pass.finally(() => senderPasses.delete(pass));
    };

    const assessWith = (s: Settings) => (s.suspicion ? (node: Node) => assessMessage(messageTextOf(node)) : undefined);
    annotator.assess = assessWith(settings);
    annotator.batch = inTextBatch;

    // Evidence log: one sighting per message a flagged number appears in, sent in batches
    // after the marks are in (a long page shows hundreds of flagged numbers at once).
    let evidenceLog = settings.evidenceLog;
    const logged = new Set<string>();
    let sightings: Sighting[] = [];
    const sendSightings = () => {
      const batch = sightings.slice(0, MAX_SIGHTINGS);
      sightings = sightings.slice(MAX_SIGHTINGS);
      if (sightings.length) setTimeout(sendSightings, 0);
      // If the background could not record them, let a later repaint try again.
      void ask({ type: 'sightings', items: batch }).catch(() => {
        for (const s of batch) logged.delete(`${s.key}|${s.messageId}`);
      });
    };
    annotator.onFlagged = (marker, key) => {
      if (!evidenceLog) return;
      const excerpt = messageTextOf(marker).slice(0, 500);
      const site = siteName();
      const messageId = sightingId(site, excerpt, Date.now());
      const seen = `${key}|${messageId}`;
      if (logged.has(seen)) return;
      logged.add(seen);
      if (!sightings.length) setTimeout(sendSightings, 0);
      sightings.push({ key, site, excerpt, messageId });
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

    const onMessage = (message: unknown) => {
      const m = message as { type?: unknown; keys?: unknown; host?: unknown };
      if (m?.type === 'site-access-removed' && m.host === host) {
        accessRemoved = true;
        stop();
        return;
      }
      if (m?.type === 'verdicts-changed' && running) {
        const keys = Array.isArray(m.keys) ? m.keys.filter((k): k is string => typeof k === 'string') : undefined;
        if (!keys) void senders.refresh().catch(() => undefined);
        void annotator.refresh(keys).then(() => {
          const anchor = card.anchor;
          if (anchor) card.update({ info: annotator.verdictOf(anchor.getAttribute(MARKER_ATTR)!) });
        });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    const stopListening = onSettingsChanged((next) => {
      locale = localeOf(next);
      annotator.setLocale(locale);
      senders.setLocale(locale);
      annotator.setAssess(assessWith(next));
      evidenceLog = next.evidenceLog;
      card.setLocale(locale);
      const active = activeOn(next, host) && !accessRemoved;
      if (active && !running) start();
      else if (!active && running) stop();
    });

    // What this frame shows, for the popup: sent after changes settle, never the message text.
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    let reported = false;
    // Counting every marker of a long page costs milliseconds: once per second at most, after changes.
    const reportFindings = () => {
      if (reportTimer) return;
      reportTimer = setTimeout(() => {
        reportTimer = undefined;
        const numbers = running ? annotator.findings().slice(0, MAX_FINDINGS) : [];
        const found = running ? senders.findings().slice(0, MAX_FINDINGS) : [];
        // Frames that never showed anything (ads, widgets) stay silent.
        if (!reported && !numbers.length && !found.length) return;
        reported = true;
        void ask({ type: 'findings', numbers, senders: found }).catch(() => undefined);
      }, 1000);
    };
    annotator.onAnnotated = reportFindings;

    let running = false;
    let accessRemoved = false;
    const start = () => {
      running = true;
      doc.documentElement.removeAttribute('data-shield-off');
      if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
      void annotator.annotate(doc.body).then(async () => {
        await Promise.all([...senderPasses]);
        if (!running) return;
        doc.documentElement.setAttribute('data-shield-ready', '');
        annotator.observe(doc.body);
        reportFindings();
      });
    };
    /** Paused, switched off here, or access taken back: the page gets its own text back at once. */
    const stop = () => {
      running = false;
      card.hide();
      annotator.clear();
      senders.clear();
      style.remove();
      doc.documentElement.removeAttribute('data-shield-ready');
      doc.documentElement.setAttribute('data-shield-off', '');
      reportFindings();
    };
    if (activeOn(settings, host)) start();
    else doc.documentElement.setAttribute('data-shield-off', '');

    // A newer copy of this script (the extension was updated, or the site enabled again) replaces this one.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      stopListening();
      stop();
      card.host.remove();
    });
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

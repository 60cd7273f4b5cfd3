import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_SITE_MATCHES } from '../../core/sites';
import { scanText } from '../../core/detect';
import { ask } from '../../lib/api';
import { loadSettings, localeOf, onSettingsChanged } from '../../lib/settings';
import { messageTextOf } from './message-text';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { MARKER_ATTR, PAGE_CSS } from './markers';

export default defineContentScript({
  // Loopback hosts for tests and the demo are added by wxt.config.ts in dev builds only.
  matches: [...KNOWN_SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const doc = document;
    let locale = localeOf(await loadSettings());
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

    const card = new CardHost(doc, locale, () => scheduleClose());
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    const cancelClose = () => {
      if (closeTimer) clearTimeout(closeTimer);
      closeTimer = undefined;
    };
    const scheduleClose = () => {
      cancelClose();
      closeTimer = setTimeout(() => card.hide(), 300);
    };
    const open = (marker: HTMLElement) => {
      cancelClose();
      if (card.anchor === marker) return;
      const key = marker.getAttribute(MARKER_ATTR)!;
      card.show({ anchor: marker, numberKey: key, info: annotator.verdictOf(key) });
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
      if (markerOf(e.target) && !card.contains(e.relatedTarget as Node | null)) scheduleClose();
    });
    // Only Escape, and only while the card is open: the page keeps every other shortcut.
    ctx.addEventListener(doc, 'keydown', (e) => {
      if (e.key === 'Escape' && card.anchor) card.hide();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: unknown; keys?: unknown };
      if (m?.type === 'verdicts-changed') {
        const keys = Array.isArray(m.keys) ? m.keys.filter((k): k is string => typeof k === 'string') : undefined;
        void annotator.refresh(keys).then(() => {
          const anchor = card.anchor;
          if (anchor) card.update({ info: annotator.verdictOf(anchor.getAttribute(MARKER_ATTR)!) });
        });
      }
    });

    onSettingsChanged((settings) => {
      locale = localeOf(settings);
      annotator.setLocale(locale);
      card.setLocale(locale);
    });

    void annotator.annotate(doc.body).then(() => {
      doc.documentElement.setAttribute('data-shield-ready', '');
      annotator.observe(doc.body);
    });
    ctx.onInvalidated(() => annotator.disconnect());
  },
});

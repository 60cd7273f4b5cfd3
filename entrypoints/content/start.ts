import { browser } from 'wxt/browser';
import { scanText } from '../../core/detect';
import { regionFor } from '../../core/region';
import { ask } from '../../lib/api';
import { loadSettings, localeOf, onSettingsChanged } from '../../lib/settings';
import { inTextBatch } from './message-text';
import { assessMessage } from '../../core/suspicion';
import { activeOn, type Settings } from '../../core/settings';
import { MAX_FINDINGS } from '../../core/messages';
import { EvidenceLog } from './evidence-log';
import { PageMessages } from './page-messages';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { MARKER_ATTR, ownKey, pageCss } from './markers';
import { e2eProbe } from '../../lib/dev';
import { SenderMarker } from './senders';
import { adapterForPage } from './sites';

/**
 * One running copy per frame. The key lives on the content script's own global
 * object (Chromium's isolated world, Firefox's sandbox), which all of this
 * extension's scripts in the frame share and the page cannot see: a second copy
 * (the site enabled again, so a registered and an injected script meet) stops
 * the first and takes over, and no page script can tell or replay it.
 */
const INSTANCE = Symbol.for('collector-shield/content-script');
type Instance = { stop(): void };

export async function startContentScript(): Promise<void> {
  const global = globalThis as unknown as Record<symbol, Instance | undefined>;
  global[INSTANCE]?.stop();
  const life = new AbortController();
  const self: Instance = { stop: () => life.abort() };
  global[INSTANCE] = self;
  {
    const doc = document;
    const [settings, probe] = await Promise.all([loadSettings(), e2eProbe()]);
    if (life.signal.aborted) return;
    let locale = localeOf(settings);
    let jurisdiction = settings.jurisdiction;
    const host = siteName();
    const adapter = adapterForPage(host, topDocument() ?? doc);
    // Every number is read in its message: that message's own text, sender, sent time and direction.
    const messages = new PageMessages(adapter, siteName);
    const senders = new SenderMarker(adapter, async (names) => (await ask({ type: 'lookup-senders', names })).results, locale);
    const annotator: Annotator = new Annotator(
      doc,
      // Numbers written without a country code: Google Voice's "(845) 555-0142" is a US number.
      (text) => scanText(text, { region: regionFor({ site: adapter.region, text, setting: jurisdiction }) }),
      async (keys) => (await ask({ type: 'lookup', keys })).results,
      locale,
    );

    // The marks' style goes in with the first mark: a page with nothing to mark is not told the extension is here.
    const style = doc.createElement('style');
    style.textContent = pageCss();
    const addStyle = () => {
      if (running && !style.isConnected) (doc.head ?? doc.documentElement).append(style);
    };
    annotator.onMarked = addStyle;
    senders.onMarked = addStyle;

    // Sender names are searched in the same places as numbers: the page at first, then what the site adds.
    const senderPasses = new Set<Promise<unknown>>();
    annotator.onRoots = (roots) => {
      const pass = senders.mark(roots).catch(() => 0);
      senderPasses.add(pass);
      void pass.finally(() => senderPasses.delete(pass));
    };

    // Suspicion reads the message's own text; the user's own messages are never suspected.
    const assessWith = (s: Settings) =>
      s.suspicion
        ? (node: Node) => {
            const m = messages.textAt(node);
            return m && m.direction === 'incoming' ? assessMessage(m.text) : undefined;
          }
        : undefined;
    annotator.assess = assessWith(settings);
    annotator.batch = inTextBatch;
    annotator.hidden = adapter.hidden;

    const evidence = new EvidenceLog((items) => ask({ type: 'sightings', items }), settings.evidenceLog);
    annotator.onFlagged = (marker, key) => {
      if (evidence.enabled) evidence.add(key, siteName(), messages.at(marker));
    };

    const card = new CardHost(doc, locale, () => scheduleClose(), probe, {
      report: async (key, details) => (await ask({ type: 'report', key, ...details })).id,
      undoReport: async (id) => {
        await ask({ type: 'report-delete', id });
      },
      setOverride: async (key, value) => {
        await ask({ type: 'override', key, value });
      },
      copy: (text) => navigator.clipboard.writeText(text),
      message: (anchor) => messages.at(anchor),
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
      const key = ownKey(marker)!;
      const seenAt = Date.now();
      const message = inTextBatch(() => messages.at(marker, seenAt));
      card.show({ anchor: marker, numberKey: key, info: annotator.verdictOf(key), suspicion: annotator.suspicionOf(marker), message, seenAt });
      // The night reminder follows the message's sent time (to the minute); only without one, the time it is read.
      const sentAt = message?.sent?.precision === 'minute' ? message.sent.at : undefined;
      ask({ type: 'details', key, text: message?.text ?? '', at: seenAt, ...(sentAt !== undefined ? { sentAt } : {}) }).then(
        (details) => card.update({ details }, marker),
        (err: Error) => card.update({ details: { error: err.message } }, marker),
      );
    };
    /** The marker an event is about: only one this script made, never an element the page dressed up as one. */
    const markerOf = (target: EventTarget | null) => {
      const el = target instanceof Element ? target.closest(`[${MARKER_ATTR}]`) : null;
      return el && annotator.owns(el) ? el : null;
    };
    /** Events the page's own scripts made (dispatchEvent) are not the user's: they open and close nothing. */
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, (e) => e.isTrusted && handler(e), { signal: life.signal });

    on('mouseover', (e) => {
      const m = markerOf(e.target);
      if (m) open(m);
      else if (card.contains(e.target as Node)) cancelClose();
    });
    on('mouseout', (e) => {
      if (markerOf(e.target) && !card.contains(e.relatedTarget as Node | null)) scheduleClose();
    });
    // A press anywhere outside the card (the click that opens a mail, say) closes it, unless a
    // report is being written; so does its number leaving the page (the site re-rendered it).
    on('pointerdown', (e) => {
      if (card.anchor && !card.pinned && !card.contains(e.target as Node)) card.hide();
    });
    on('focusin', (e) => {
      const m = markerOf(e.target);
      if (m) open(m);
    });
    on('focusout', (e) => {
      const leaving = markerOf(e.target) ?? (card.contains(e.target as Node) ? card.anchor : null);
      const to = e.relatedTarget as Node | null;
      if (leaving && !card.contains(to) && to !== card.anchor) scheduleClose();
    });
    // Enter or Space on a number moves focus into its card; Escape closes it and returns to the number.
    // Only these keys, only on our markers or while the card is open: the page keeps every other shortcut.
    on('keydown', (e) => {
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
          if (anchor) card.update({ info: annotator.verdictOf(ownKey(anchor)!) });
        });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    const stopListening = onSettingsChanged((next) => {
      locale = localeOf(next);
      annotator.setLocale(locale);
      senders.setLocale(locale);
      annotator.setAssess(assessWith(next));
      evidence.enabled = next.evidenceLog;
      jurisdiction = next.jurisdiction;
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
    annotator.onAnnotated = () => {
      if (card.anchor && !card.anchor.isConnected && !card.pinned) card.hide();
      reportFindings();
    };

    let running = false;
    let accessRemoved = false;
    const start = () => {
      running = true;
      if (probe) doc.documentElement.removeAttribute('data-shield-off');
      // Watch before the first pass: what the site inserts while it runs (and while its
      // lookups wait for a cold background) is marked too, not lost.
      annotator.observe(doc.body);
      void annotator.annotate(doc.body).then(async () => {
        await Promise.all([...senderPasses]);
        if (!running) return;
        // Nothing on the page says the extension is here or ready; only an e2e harness asks (lib/dev.ts).
        if (probe) doc.documentElement.setAttribute('data-shield-ready', '');
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
      if (probe) {
        doc.documentElement.removeAttribute('data-shield-ready');
        doc.documentElement.setAttribute('data-shield-off', '');
      }
      reportFindings();
    };
    // e2e harness only (dev builds, lib/dev.ts): the messages as this script reads them, on request.
    if (probe) {
      doc.addEventListener(
        'shield-e2e-messages',
        () => {
          const read = inTextBatch(() => messages.all(doc));
          const out = read.map((m) => ({ id: m.id, text: m.text, sender: m.sender ?? null, sent: m.sent ?? null, direction: m.direction }));
          doc.documentElement.setAttribute('data-shield-e2e-messages', JSON.stringify(out));
        },
        { signal: life.signal },
      );
    }
    if (activeOn(settings, host)) start();
    else if (probe) doc.documentElement.setAttribute('data-shield-off', '');

    // A newer copy of this script (the site enabled again) replaces this one.
    life.signal.addEventListener('abort', () => {
      browser.runtime.onMessage.removeListener(onMessage);
      stopListening();
      stop();
      card.host.remove();
      if (global[INSTANCE] === self) global[INSTANCE] = undefined;
    });
  }
}

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

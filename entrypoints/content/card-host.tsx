import { render } from 'preact';
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { VerdictCard, VERDICT_CARD_CSS } from '../../components/VerdictCard';
import { translate, type Locale } from '../../core/i18n';
import type { NumberVerdict } from '../../core/verdict';
import type { DetailsResponse } from '../../core/messages';
import { RightsList, RIGHTS_CSS } from '../../components/RightsList';
import type { Suspicion } from '../../core/suspicion';
import type { Evidence, ReportDetails } from '../../core/report';
import type { PageMessage } from '../../core/message';
import { formatSentTime } from '../../core/message-time';
import { ReportForm, REPORT_FORM_CSS } from '../../components/ReportForm';
import { dialableDigits } from '../../core/keys';

/**
 * The hover card: one host element per page with a CLOSED shadow root, kept
 * only in this object. The page's CSS cannot restyle it, and the page's scripts
 * cannot read it (the user's notes and reports are in it) or press its buttons
 * (they would act as the user): `host.shadowRoot` is null for them, and the
 * buttons ignore events that were not the user's (`isTrusted`). Assistive
 * technology reads closed roots like any other. Only an e2e harness of a dev
 * build may ask for an open root (lib/dev.ts), to read the card in tests.
 */
const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; min-width: 220px; box-sizing: border-box;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.card[hidden] { display: none; }
.head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px;
  font: 600 13px system-ui, sans-serif; color: #5f6368; }
.close { border: 0; background: none; font-size: 16px; cursor: pointer; color: #5f6368; padding: 0 4px; }
${VERDICT_CARD_CSS}
${RIGHTS_CSS}
.claims { margin-top: 6px; font: 13px/1.45 system-ui, sans-serif; color: #3c4043; }
.card { max-height: min(85vh, 640px); overflow: auto; overscroll-behavior: contain; }
.status { color: #5f6368; font: 12px system-ui, sans-serif; margin-top: 6px; }
.suspicion { margin-top: 8px; padding: 6px 8px; background: #fef7e0; border-radius: 6px; font: 13px/1.45 system-ui, sans-serif; color: #3c4043; }
.actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.actions button { font: 13px system-ui, sans-serif; padding: 4px 10px; border-radius: 6px; border: 1px solid #dadce0; background: #fff; color: #1a73e8; cursor: pointer; }
.actions button.primary { background: #d93025; border-color: #d93025; color: #fff; }
.saved { margin-top: 6px; font: 13px system-ui, sans-serif; color: #137333; display: flex; gap: 8px; align-items: center; }
${REPORT_FORM_CSS}
`;

export interface CardState {
  anchor: HTMLElement;
  numberKey: string;
  info: NumberVerdict | undefined;
  details?: DetailsResponse | { error: string };
  /** Set when the marker shows `suspected`: the words that triggered it. */
  suspicion?: Suspicion;
  /** The message the number is in (its own text, sender, sent time), when there is one. */
  message?: PageMessage | null;
  /** When the card was opened: said as "seen at" when the page shows no sent time. */
  seenAt?: number;
  mode?: { kind: 'view' } | { kind: 'report' } | { kind: 'saved'; id: number } | { kind: 'undone' };
  copied?: boolean;
}

/** What the card's buttons do; the content script wires them to the background. */
export interface CardApi {
  report(key: string, details: ReportDetails): Promise<number>;
  undoReport(id: number): Promise<void>;
  setOverride(key: string, value: 'trusted' | 'dismissed' | null): Promise<void>;
  copy(text: string): Promise<void>;
  /** The message the number is in, read again when a report is started (its text may have changed). */
  message(anchor: HTMLElement): PageMessage | null;
  /** The site the page (or its parent, for a mail-body frame) belongs to. */
  site(): string;
}

/**
 * What a report records from the message: its own text and its sent time as
 * the page showed it (editable in the form), and its id so a report and a
 * sighting of it are one contact. Never "now": without a sent time the form
 * starts with none.
 */
function evidenceOf(message: PageMessage | null, site: string): Evidence {
  const out: Evidence = { text: message?.text ?? '', site };
  if (message) out.messageId = message.id;
  if (message?.sent) {
    out.at = message.sent.at;
    out.sentPrecision = message.sent.precision;
  }
  return out;
}

/** A button handler that acts only on the user's own click or key press, never on a page's `.click()`. */
const user =
  (fn: () => void) =>
  (e: Event): void => {
    if (e.isTrusted) fn();
  };

export class CardHost {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  private state: CardState | undefined;

  constructor(
    private readonly doc: Document,
    private locale: Locale,
    private readonly onLeave: () => void,
    /** Dev builds under an e2e harness only: an open root the tests can read. */
    openForTests: boolean,
    private readonly api: CardApi,
  ) {
    this.host = doc.createElement('collector-shield-ui');
    this.root = this.host.attachShadow({ mode: openForTests ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = doc.createElement('div');
    this.root.append(style, this.mount);
    this.host.addEventListener('mouseleave', () => this.onLeave());
    // Typing in the card's form must not reach the page's keyboard shortcuts (Gmail's j/k/r...).
    // Escape still reaches the page's listener that closes the card.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.host.addEventListener(type, (e) => {
        if ((e as KeyboardEvent).key !== 'Escape') e.stopPropagation();
      });
    }
  }

  /** Moves keyboard focus to the card's first button, so its actions are reachable without a mouse. */
  focusFirst() {
    const first = this.root.querySelector<HTMLElement>('[data-action], input, select, textarea') ?? this.root.querySelector<HTMLElement>('button');
    first?.focus();
  }

  /**
   * Opens the report form and moves focus into its first field: the button that
   * had focus is gone, and focus must not fall back to the page.
   */
  private openReport(anchor: HTMLElement) {
    this.update({ mode: { kind: 'report' } }, anchor);
    this.root.querySelector<HTMLElement>('form input:not([type=hidden]):not([disabled]), form select, form textarea')?.focus();
  }

  /** While a report is being written the card stays open whatever the pointer does. */
  get pinned(): boolean {
    return this.state?.mode?.kind === 'report';
  }

  get anchor(): HTMLElement | undefined {
    return this.state?.anchor;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node) || this.root.contains(node));
  }

  show(state: CardState) {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.state = state;
    this.draw();
    this.follow();
  }

  update(changes: Partial<Omit<CardState, 'anchor'>>, anchor?: HTMLElement) {
    // Details answer for a card that has since moved to another number: drop them.
    if (!this.state || (anchor && anchor !== this.state.anchor)) return;
    this.state = { ...this.state, ...changes };
    this.draw();
  }

  setLocale(locale: Locale) {
    this.locale = locale;
    this.draw();
  }

  hide() {
    if (!this.state) return;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.state = undefined;
    this.draw();
  }

  private draw() {
    const s = this.state;
    const t = (k: Parameters<typeof translate>[1]) => translate(this.locale, k);
    render(
      s ? (
        <div class="card" role="dialog" aria-label={t('card.title')} data-testid="shield-card">
          <div class="head">
            <span>{t('card.title')}</span>
            <button class="close" type="button" aria-label={t('card.close')} onClick={user(() => this.hide())}>
              ×
            </button>
          </div>
          <VerdictCard
            locale={this.locale}
            numberKey={s.numberKey}
            info={s.suspicion && s.info ? { ...s.info, verdict: 'suspected' } : s.info}
            details={s.details && !('error' in s.details) ? s.details : undefined}
          />
          {s.mode?.kind === 'report' ? (
            <ReportForm
              locale={this.locale}
              draft={{
                key: s.numberKey,
                category: s.suspicion ? 'collector' : undefined,
                evidence: evidenceOf(this.api.message(s.anchor) ?? s.message ?? null, this.api.site()),
                seenAt: s.seenAt ?? Date.now(),
              }}
              onSubmit={async (key, details) => {
                const id = await this.api.report(key, details);
                this.update({ mode: { kind: 'saved', id }, suspicion: undefined }, s.anchor);
              }}
              onCancel={() => this.update({ mode: { kind: 'view' } }, s.anchor)}
            />
          ) : (
            <>
              {this.drawButtons(s)}
              {s.suspicion && this.drawSuspicion(s, s.suspicion)}
              {this.drawSent(s)}
              {this.drawDetails(s.details)}
            </>
          )}
        </div>
      ) : null,
      this.mount,
    );
  }

  private drawSuspicion(s: CardState, suspicion: Suspicion) {
    const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(this.locale, k, v);
    const quotes = suspicion.triggers.slice(0, 5).map((x) => `“${x.quote}”`).join('、');
    const identity = suspicion.identity;
    return (
      <div class="suspicion" data-testid="card-suspicion">
        <p>{t('card.suspected', { quotes })}</p>
        {identity && identity.official.key !== s.numberKey && (
          <p data-testid="card-identity">
            {t('card.identity', {
              claimed: identity.quote,
              org: identity.official.name[this.locale],
              number: identity.official.key.replace(/^[A-Z]{2}:/, ''),
            })}
          </p>
        )}
        <div class="actions">
          <button type="button" class="primary" data-action="confirm" onClick={user(() => this.openReport(s.anchor))}>
            {t('card.confirm')}
          </button>
          <button
            type="button"
            data-action="dismiss"
            onClick={user(() => void this.api.setOverride(s.numberKey, 'dismissed').then(() => this.update({ suspicion: undefined }, s.anchor)))}
          >
            {t('card.dismiss')}
          </button>
        </div>
      </div>
    );
  }

  private drawButtons(s: CardState) {
    const t = (k: Parameters<typeof translate>[1]) => translate(this.locale, k);
    const trusted = s.info?.verdict === 'trusted';
    return (
      <>
        <div class="actions">
          <button type="button" data-action="report" onClick={user(() => this.openReport(s.anchor))}>
            {t('card.report')}
          </button>
          <button type="button" data-action="trust" onClick={user(() => void this.api.setOverride(s.numberKey, trusted ? null : 'trusted'))}>
            {trusted ? t('card.untrust') : t('card.trust')}
          </button>
          <button type="button" data-action="copy" onClick={user(() =>
              // The clipboard exists only on secure pages; elsewhere the button just does nothing.
              void this.api.copy(dialableDigits(s.numberKey)).then(() => this.update({ copied: true }, s.anchor), () => undefined))}
          >
            {s.copied ? t('card.copied') : t('card.copy')}
          </button>
        </div>
        {s.mode?.kind === 'saved' && (
          <p class="saved" role="status" data-testid="report-saved">
            {t('report.saved')}
            <button type="button" data-action="undo" onClick={user(() => void this.api.undoReport((s.mode as { id: number }).id).then(() => this.update({ mode: { kind: 'undone' } }, s.anchor)))}>
              {t('report.undo')}
            </button>
          </p>
        )}
        {s.mode?.kind === 'undone' && (
          <p class="saved" role="status" data-testid="report-undone">
            {t('report.undone')}
          </p>
        )}
      </>
    );
  }

  /**
   * When this message was sent, as the page showed it; or, when the page shows
   * no time, that it is unknown and when it was seen (the card's night reminder
   * then went by that time, and says so).
   */
  private drawSent(s: CardState) {
    if (!s.message) return null;
    const time = formatSentTime(s.message.sent, s.seenAt ?? Date.now(), this.locale);
    return (
      <p class="status" data-testid="card-sent">
        {s.message.sent ? translate(this.locale, 'card.sent', { time }) : time}
      </p>
    );
  }

  private drawDetails(details: CardState['details']) {
    const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(this.locale, k, v);
    if (!details) return <p class="status">{t('card.loading')}</p>;
    if ('error' in details) return <p class="status" role="alert">{t('card.detailsError', { error: details.error })}</p>;
    return (
      <>
        {details.claims.length > 0 && (
          <p class="claims" data-testid="card-claims">
            {t('card.claimsQuoted', { quotes: [...new Set(details.claims.map((c) => `“${c.quote}”`))].slice(0, 5).join('、') })}
          </p>
        )}
        <RightsList locale={this.locale} reminders={details.reminders} />
      </>
    );
  }

  /**
   * Placed by Floating UI, and placed again whenever the card's size changes
   * (details arriving, the report form opening), the page scrolls or the window
   * is resized: below its number, or above when more room is there, never over
   * it, shifted to stay inside the window, and no taller than the room on that
   * side (the card then scrolls inside). When its number scrolls out of sight
   * the card closes, unless a report is being written.
   */
  private follow() {
    this.stopFollowing?.();
    const card = this.mount.firstElementChild as HTMLElement | null;
    const anchor = this.state?.anchor;
    if (!card || !anchor) return;
    const place = () => {
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: MARGIN, fallbackStrategy: 'initialPlacement' }),
          shift({ padding: MARGIN }),
          size({
            padding: MARGIN,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`;
            },
          }),
          hide({ strategy: 'referenceHidden' }),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (this.state?.anchor !== anchor) return;
        if (middlewareData.hide?.referenceHidden && !this.pinned) {
          this.hide();
          return;
        }
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
      });
    };
    this.stopFollowing = autoUpdate(anchor, card, place);
  }
  private stopFollowing: (() => void) | undefined;
}

/** Room kept between the card and the window's edges, and the least height it is given. */
const MARGIN = 8;
const MIN_HEIGHT = 160;

import { useState } from 'preact/hooks';
import { languageTag, type Locale } from '../core/i18n';
import { parseUserNumber } from '../core/user-input';
import { formatKey } from '../core/format';
import { BEHAVIOURS, CREDITORS, REPORT_CATEGORIES, type Behaviour, type Creditor, type Evidence, type ReportDetails } from '../core/report';
import type { Category } from '../core/types';
import { useT } from './t';

/**
 * What the form starts from. From the card: the message's own text, its id,
 * and its sent time as the page showed it (`evidence.at`, with
 * `evidence.sentPrecision`; absent when the page showed none), plus `seenAt`,
 * when the user saw it. The time field is prefilled from the sent time only:
 * when there is none it starts empty, with a hint saying when the message was
 * seen. It is never prefilled with "now".
 */
export interface ReportDraft extends Partial<ReportDetails> {
  /** Canonical key when known (card, context menu); otherwise the user types the number. */
  key?: string;
  /** The number as the user typed or selected it. */
  numberText?: string;
  /** When the message was seen (the card opened, the menu clicked): a hint beside an unknown time, never the contact time. */
  seenAt?: number;
}

export interface ReportFormProps {
  locale: Locale;
  draft: ReportDraft;
  /** Saves; rejects with a message the form shows. Nothing is saved before this is called. */
  onSubmit: (key: string, details: ReportDetails) => Promise<void>;
  onCancel?: () => void;
  /** Editing an existing report: its number cannot change. */
  lockNumber?: boolean;
}

/** datetime-local wants local wall-clock time without a zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** The time field's value: the sent time to the minute, or empty (unknown, or only its day). */
function timeInput(e: Evidence): string {
  return e.at !== undefined && e.sentPrecision !== 'day' ? toLocalInput(e.at) : '';
}

/** The evidence to save: text and site trimmed, no empty fields; undefined when there is nothing to keep. */
function evidenceToSave(e: Evidence): Evidence | undefined {
  const out: Evidence = { text: e.text.trim(), site: e.site.trim() };
  if (e.at !== undefined) out.at = e.at;
  if (e.at !== undefined && e.sentPrecision !== undefined) out.sentPrecision = e.sentPrecision;
  if (e.messageId !== undefined) out.messageId = e.messageId;
  return out.text || out.site || out.at !== undefined || out.messageId !== undefined ? out : undefined;
}

/**
 * One report form for the card, the popup and the context menu: category,
 * who they claimed to be, which debt, what they did, a note, and the evidence
 * (message, site, time) captured for the user to check and edit before saving.
 */
export function ReportForm({ locale, draft, onSubmit, onCancel, lockNumber }: ReportFormProps) {
  const t = useT(locale);
  const [numberText, setNumberText] = useState(draft.numberText ?? (draft.key ? formatKey(draft.key) : ''));
  const [category, setCategory] = useState<Category>(draft.category ?? 'collector');
  const [claimedOrg, setClaimedOrg] = useState(draft.claimedOrg ?? '');
  const [creditor, setCreditor] = useState<Creditor | ''>(draft.creditor ?? '');
  const [behaviours, setBehaviours] = useState<Behaviour[]>(draft.behaviours ?? []);
  const [note, setNote] = useState(draft.note ?? '');
  const [evidence, setEvidence] = useState<Evidence>(draft.evidence ?? { text: '', site: '' });
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const key = draft.key && numberText === formatKey(draft.key) ? draft.key : parseUserNumber(numberText);
    if (!key) return setError(t('popup.invalid'));
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(key, {
        category,
        note: note.trim(),
        claimedOrg: claimedOrg.trim() || undefined,
        creditor: creditor || undefined,
        behaviours,
        evidence: evidenceToSave(evidence),
      });
    } catch (err) {
      setError(t('report.failed', { error: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  const tag = languageTag(locale);
  const timeHint =
    evidence.at !== undefined && evidence.sentPrecision === 'day'
      ? t('report.dayOnly', { day: new Date(evidence.at).toLocaleDateString(tag) })
      : evidence.at === undefined
        ? draft.seenAt !== undefined
          ? t('report.timeUnknown', { seen: new Date(draft.seenAt).toLocaleString(tag) })
          : t('report.timeEmpty')
        : undefined;
  const toggle = (b: Behaviour) => setBehaviours((all) => (all.includes(b) ? all.filter((x) => x !== b) : [...all, b]));
  return (
    <form class="report-form" onSubmit={submit} aria-label={t('report.title')} data-testid="report-form">
      <label>
        {t('report.number')}
        <input name="report-number" inputMode="tel" required readOnly={lockNumber} value={numberText} onInput={(e) => setNumberText((e.target as HTMLInputElement).value)} />
      </label>
      <fieldset>
        <legend>{t('report.category')}</legend>
        {REPORT_CATEGORIES.map((c) => (
          <label key={c} class="choice">
            <input type="radio" name="report-category" value={c} checked={category === c} onChange={() => setCategory(c)} /> {t(`category.${c}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('report.claimedOrg')}
        <input name="report-org" maxLength={100} value={claimedOrg} onInput={(e) => setClaimedOrg((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('report.creditor')}
        <select name="report-creditor" value={creditor} onChange={(e) => setCreditor((e.target as HTMLSelectElement).value as Creditor | '')}>
          <option value="">{t('report.creditorNone')}</option>
          {CREDITORS.map((c) => (
            <option key={c} value={c}>
              {t(`creditor.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('report.behaviours')}</legend>
        {BEHAVIOURS.map((b) => (
          <label key={b} class="choice">
            <input type="checkbox" name="report-behaviour" value={b} checked={behaviours.includes(b)} onChange={() => toggle(b)} /> {t(`behaviour.${b}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('report.note')}
        <textarea name="report-note" maxLength={2000} rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <fieldset>
        <legend>{t('report.evidence')}</legend>
        <label>
          {t('report.evidenceText')}
          <textarea name="report-evidence" maxLength={2000} rows={3} value={evidence.text} onInput={(e) => setEvidence({ ...evidence, text: (e.target as HTMLTextAreaElement).value })} />
        </label>
        <label>
          {t('report.site')}
          <input name="report-site" maxLength={200} value={evidence.site} onInput={(e) => setEvidence({ ...evidence, site: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          {t('report.time')}
          <input
            type="datetime-local"
            name="report-time"
            value={timeInput(evidence)}
            aria-describedby={timeHint ? 'report-time-hint' : undefined}
            onInput={(e) => {
              const value = (e.target as HTMLInputElement).value;
              const { at: _at, sentPrecision: _p, ...rest } = evidence;
              // Cleared: the time is unknown (never "now"). Typed: the user's time, to the minute.
              if (!value) return setEvidence(rest);
              const at = new Date(value).getTime();
              if (Number.isFinite(at)) setEvidence({ ...rest, at });
            }}
          />
        </label>
        {timeHint && (
          <p class="hint" id="report-time-hint" data-testid="report-time-hint">
            {timeHint}
          </p>
        )}
      </fieldset>
      {error && (
        <p class="error" role="alert" data-testid="report-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" name="report-save" disabled={busy}>
          {t('report.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('report.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export const REPORT_FORM_CSS = `
.report-form { display: grid; gap: 6px; font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #202124; }
.report-form label { display: grid; gap: 2px; }
.report-form label.choice { display: inline-flex; gap: 4px; align-items: center; margin-right: 8px; }
.report-form fieldset { border: 1px solid #dadce0; border-radius: 6px; padding: 4px 8px; margin: 0; }
.report-form input:not([type=radio]):not([type=checkbox]), .report-form select, .report-form textarea { font: inherit; padding: 4px 6px; border: 1px solid #dadce0; border-radius: 4px; }
.report-form .error { color: #c5221f; margin: 0; }
.report-form .hint { color: #5f6368; margin: 0; font-size: 12px; }
`;

import { useState } from 'preact/hooks';
import type { Locale } from '../core/i18n';
import { parseUserNumber } from '../core/user-input';
import { formatKey } from '../core/format';
import { BEHAVIOURS, CREDITORS, REPORT_CATEGORIES, type Behaviour, type Creditor, type Evidence, type ReportDetails } from '../core/report';
import type { Category } from '../core/types';
import { useT } from './t';

export interface ReportDraft extends Partial<ReportDetails> {
  /** Canonical key when known (card, context menu); otherwise the user types the number. */
  key?: string;
  /** The number as the user typed or selected it. */
  numberText?: string;
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
function toLocalInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
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
  const [evidence, setEvidence] = useState<Evidence>(draft.evidence ?? { text: '', site: '', at: Date.now() });
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
        evidence: evidence.text.trim() || evidence.site.trim() ? { ...evidence, text: evidence.text.trim(), site: evidence.site.trim() } : undefined,
      });
    } catch (err) {
      setError(t('report.failed', { error: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

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
            value={toLocalInput(evidence.at)}
            onInput={(e) => {
              const at = new Date((e.target as HTMLInputElement).value).getTime();
              if (Number.isFinite(at)) setEvidence({ ...evidence, at });
            }}
          />
        </label>
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
`;

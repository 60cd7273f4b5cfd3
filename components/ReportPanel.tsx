import { useState } from 'preact/hooks';
import { translate, type Locale } from '../core/i18n';
import { ask } from '../lib/api';
import { ReportForm, REPORT_FORM_CSS, type ReportDraft } from './ReportForm';

/**
 * The report form with its aftermath: saved, with Undo; used by the popup and
 * by the window the context menu opens.
 */
export function ReportPanel({ locale, draft, onDone }: { locale: Locale; draft: ReportDraft; onDone?: () => void }) {
  const t = (k: Parameters<typeof translate>[1]) => translate(locale, k);
  const [state, setState] = useState<{ kind: 'form' } | { kind: 'saved'; id: number } | { kind: 'undone' }>({ kind: 'form' });
  return (
    <section aria-labelledby="report-title">
      <style>{REPORT_FORM_CSS}</style>
      <h2 id="report-title">{t('report.title')}</h2>
      {state.kind === 'form' && (
        <ReportForm
          locale={locale}
          draft={draft}
          onSubmit={async (key, details) => {
            const { id } = await ask({ type: 'report', key, ...details });
            setState({ kind: 'saved', id });
          }}
          onCancel={onDone}
        />
      )}
      {state.kind === 'saved' && (
        <p class="ok" role="status" data-testid="report-saved">
          {t('report.saved')}{' '}
          <button type="button" class="secondary" data-action="undo" onClick={() => void ask({ type: 'report-delete', id: state.id }).then(() => setState({ kind: 'undone' }))}>
            {t('report.undo')}
          </button>
        </p>
      )}
      {state.kind === 'undone' && (
        <p role="status" data-testid="report-undone">
          {t('report.undone')}
        </p>
      )}
    </section>
  );
}

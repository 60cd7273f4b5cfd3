import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../../core/i18n';
import { problemText } from '../../core/problems';
import { readList, type TextEncodingName } from '../../core/lists/read';
import { importList, ImportError, type ImportReport } from '../../db/import';
import type { ShieldDB } from '../../db/schema';
import { errorText, useT } from '../t';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number; progress: number }
  | { kind: 'done'; report: ImportReport; name: string }
  | { kind: 'failed'; message: string; report?: ImportReport };

const ENCODING_NAMES: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030' };

/** Choose a file, import it all-or-nothing, see progress and every rejected line. */
export function ImportPanel({ locale, db, onImported }: { locale: Locale; db: ShieldDB; onImported: () => void }) {
  const t = useT(locale);
  const fileInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController>();

  async function start(e: Event) {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setState({ kind: 'failed', message: t('import.noFile') });
    const listName = name.trim() || file.name;
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'running', rows: 0, progress: 0 });
    try {
      const report = await importList(
        db,
        { id: `file:${listName}`, kind: 'file', name: listName },
        readList(file, file.name, controller.signal),
        {
          skipInvalid,
          signal: controller.signal,
          onProgress: (p) => setState({ kind: 'running', rows: p.rows + p.rejected, progress: p.progress ?? 0 }),
        },
      );
      setState({ kind: 'done', report, name: listName });
      onImported();
    } catch (err) {
      setState({ kind: 'failed', message: errorText(locale, err), report: err instanceof ImportError ? err.report : undefined });
    } finally {
      abort.current = undefined;
    }
  }

  const rejected = state.kind === 'done' || state.kind === 'failed' ? state.report : undefined;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p class="help">{t('import.help')}</p>
      <form onSubmit={start} class="stack">
        <label>
          {t('import.file')}{' '}
          <input ref={fileInput} type="file" name="list-file" accept=".csv,.json,.txt,text/csv,application/json" />
        </label>
        <label>
          {t('import.name')}{' '}
          <input type="text" name="list-name" maxLength={80} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          <input type="checkbox" name="skip-invalid" checked={skipInvalid} onChange={(e) => setSkipInvalid((e.target as HTMLInputElement).checked)} />{' '}
          {t('import.skipInvalid')}
        </label>
        <div class="row">
          <button type="submit" name="import" disabled={state.kind === 'running'}>
            {t('import.start')}
          </button>
          {state.kind === 'running' && (
            <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
              {t('import.cancel')}
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite" data-testid="import-status">
        {state.kind === 'running' && (
          <p>
            <progress max={1} value={state.progress} aria-label={t('import.title')} /> {t('import.progress', { rows: state.rows })}
          </p>
        )}
        {state.kind === 'done' && (
          <p class="ok" data-testid="import-done">
            {t('import.done', { n: state.report.imported, name: state.name })}
            {state.report.senders > 0 && ` ${t('import.senders', { n: state.report.senders })}`}
            {state.report.duplicates > 0 && ` ${t('import.duplicates', { n: state.report.duplicates })}`}
            {state.report.rejectedCount > 0 && ` ${t('import.skipped', { n: state.report.rejectedCount })}`}
            {state.report.encoding && ` ${t('import.encoding', { encoding: ENCODING_NAMES[state.report.encoding] })}`}
          </p>
        )}
        {state.kind === 'failed' && (
          <p class="error" role="alert" data-testid="import-error">
            {t('import.failed', { error: state.message })}
            {/* Rejected lines read in the wrong encoding look garbled: say which one was used. */}
            {state.report?.encoding && state.report.rejected.length > 0 && ` ${t('import.encoding', { encoding: ENCODING_NAMES[state.report.encoding] })}`}
          </p>
        )}
      </div>
      {rejected && rejected.rejected.length > 0 && (
        <table data-testid="rejected-lines">
          <caption>{t('import.rejected')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.rejected.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{problemText(locale, r.problem)}</td>
              </tr>
            ))}
          </tbody>
          {rejected.rejectedCount > rejected.rejected.length && (
            <tfoot>
              <tr>
                <td colSpan={2}>{t('import.more', { n: rejected.rejectedCount - rejected.rejected.length })}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}

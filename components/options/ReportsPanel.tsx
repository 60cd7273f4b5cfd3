import { useEffect, useState } from 'preact/hooks';
import { languageTag } from '../../core/i18n';
import type { Locale } from '../../core/i18n';
import { formatKey } from '../../core/format';
import type { ReportRow, ShieldDB } from '../../db/schema';
import { ask } from '../../lib/api';
import { deleteReport } from '../../db/queries';
import { ReportForm, REPORT_FORM_CSS } from '../ReportForm';
import { useT } from '../t';

/** The user's own reports, newest first: edit (same form as when reporting) or delete; open tabs re-mark. */
export function ReportsPanel({ locale, db, version, onChanged }: { locale: Locale; db: ShieldDB; version: number; onChanged: () => void }) {
  const t = useT(locale);
  const [reports, setReports] = useState<ReportRow[]>([]);
  const [editing, setEditing] = useState<number | undefined>();
  useEffect(() => {
    void db.reports.orderBy('createdAt').reverse().limit(500).toArray().then(setReports);
  }, [db, version]);
  async function remove(r: ReportRow) {
    await deleteReport(db, r.id!);
    onChanged();
  }
  return (
    <section aria-labelledby="reports-title">
      <style>{REPORT_FORM_CSS}</style>
      <h2 id="reports-title">{t('reports.title')}</h2>
      {reports.length === 0 ? (
        <p>{t('reports.empty')}</p>
      ) : (
        <table data-testid="reports">
          <thead>
            <tr>
              <th scope="col">{t('db.number')}</th>
              <th scope="col">{t('db.category')}</th>
              <th scope="col">{t('db.note')}</th>
              <th scope="col">{t('reports.date')}</th>
              <th scope="col">{t('db.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) =>
              editing === r.id ? (
                <tr key={r.id}>
                  <td colSpan={5}>
                    <ReportForm
                      locale={locale}
                      draft={{ ...r, key: r.key }}
                      lockNumber
                      onSubmit={async (_key, details) => {
                        await ask({ type: 'report-update', id: r.id!, ...details });
                        setEditing(undefined);
                        onChanged();
                      }}
                      onCancel={() => setEditing(undefined)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={r.id} data-report-id={r.id}>
                  <td>{formatKey(r.key)}</td>
                  <td>{t(`category.${r.category}`)}</td>
                  <td>{[r.claimedOrg, r.note].filter(Boolean).join(' · ')}</td>
                  <td>{new Date(r.createdAt).toLocaleString(languageTag(locale))}</td>
                  <td>
                    <button type="button" class="secondary" onClick={() => setEditing(r.id)}>
                      {t('report.edit')}
                    </button>{' '}
                    <button type="button" class="secondary" onClick={() => void remove(r)}>
                      {t('reports.delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

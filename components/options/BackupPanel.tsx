import { useState } from 'preact/hooks';
import type { Locale } from '../../core/i18n';
import { createBackup, exportEvidence, exportReportsAsList, restoreBackup } from '../../db/backup';
import type { ShieldDB } from '../../db/schema';
import { downloadText, today } from '../../lib/download';
import { settingsStore } from '../../lib/settings';
import { errorText, useT } from '../t';

/** Exports for a complaint or for sharing, and a full backup with all-or-nothing restore. */
export function BackupPanel({ locale, db, onRestored }: { locale: Locale; db: ShieldDB; onRestored: () => void }) {
  const t = useT(locale);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  async function restore(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !confirm(t('backup.restoreConfirm'))) return;
    try {
      const counts = await restoreBackup(db, await file.text(), settingsStore);
      setMessage({ ok: true, text: t('backup.restored', { summary: Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') }) });
      onRestored();
    } catch (err) {
      setMessage({ ok: false, text: t('backup.failed', { error: errorText(locale, err) }) });
    }
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <div class="row wrap">
        <button type="button" onClick={async () => downloadText(`collector-shield-evidence-${today()}.csv`, await exportEvidence(db, 'csv'), 'text/csv')}>
          {t('backup.evidenceCsv')}
        </button>
        <button type="button" onClick={async () => downloadText(`collector-shield-evidence-${today()}.json`, await exportEvidence(db, 'json'), 'application/json')}>
          {t('backup.evidenceJson')}
        </button>
        <button type="button" onClick={async () => downloadText(`collector-shield-my-reports-${today()}.csv`, await exportReportsAsList(db), 'text/csv')}>
          {t('backup.shareList')}
        </button>
        <button type="button" onClick={async () => downloadText(`collector-shield-backup-${today()}.json`, await createBackup(db, settingsStore), 'application/json')}>
          {t('backup.create')}
        </button>
        <label class="button secondary">
          {t('backup.restore')} <input type="file" name="backup-file" accept=".json,application/json" onChange={(e) => void restore(e)} />
        </label>
      </div>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="backup-status">
          {message.text}
        </p>
      )}
    </section>
  );
}

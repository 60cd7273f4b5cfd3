import type { Locale } from '../../core/i18n';
import { languageTag } from '../../core/i18n';
import type { Category } from '../../core/types';
import { removeSource } from '../../db/import';
import type { ShieldDB, SourceRow } from '../../db/schema';
import { useT } from '../t';

/** The imported lists, with their counts per category. */
export function ListsPanel({ locale, db, sources, onChanged }: { locale: Locale; db: ShieldDB; sources: SourceRow[]; onChanged: () => void }) {
  const t = useT(locale);
  async function remove(s: SourceRow) {
    if (!confirm(t('lists.confirmRemove', { name: s.name, n: s.count }))) return;
    await removeSource(db, s.id);
    onChanged();
  }
  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">{t('lists.title')}</h2>
      {sources.length === 0 && <p>{t('lists.empty')}</p>}
      <ul data-testid="lists">
        {sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <strong>{s.name}</strong> · <span data-testid="list-count">{t('lists.entries', { n: s.count })}</span> ·{' '}
            {(s.senderCount ?? 0) > 0 && (
              <>
                <span data-testid="list-senders">{t('lists.senders', { n: s.senderCount! })}</span> ·{' '}
              </>
            )}
            {t('lists.updated', { date: new Date(s.updatedAt).toLocaleString(languageTag(locale)) })}
            <div class="muted">
              {Object.entries(s.categories)
                .filter(([, n]) => (n ?? 0) > 0)
                .map(([c, n]) => `${t(`category.${c as Category}`)} ${n}`)
                .join(' · ')}
            </div>
            <button type="button" class="secondary" onClick={() => void remove(s)}>
              {t('lists.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

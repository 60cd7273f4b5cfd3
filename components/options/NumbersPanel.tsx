import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../core/i18n';
import { formatKey } from '../../core/format';
import { CATEGORIES, type Category } from '../../core/types';
import { browseRows, deleteRow, deleteSender, editRow, editSender, type BrowseRow } from '../../db/browse';
import type { ShieldDB, SourceRow } from '../../db/schema';
import { errorText, useT } from '../t';

const LIMIT = 100;

/** Search, filter, edit and delete the numbers of the lists (and, searching text, their sender names). */
export function NumbersPanel(props: { locale: Locale; db: ShieldDB; sources: SourceRow[]; version: number; onChanged: () => void }) {
  const { locale, db, sources, version, onChanged } = props;
  const t = useT(locale);
  const [search, setSearch] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [rows, setRows] = useState<BrowseRow[]>([]);
  const [editing, setEditing] = useState<{ sourceId: string; key: string; sender?: true; category: Category; label: string; note: string } | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    browseRows(db, { search, sourceId: sourceId || undefined, category: category || undefined, limit: LIMIT }).then(
      (r) => live && setRows(r),
      (e: unknown) => live && setError(errorText(locale, e)),
    );
    return () => {
      live = false;
    };
  }, [db, search, sourceId, category, version]);

  async function save() {
    if (!editing) return;
    try {
      const changes = { category: editing.category, label: editing.label.trim(), note: editing.note.trim() };
      await (editing.sender ? editSender : editRow)(db, editing.sourceId, editing.key, changes);
      setEditing(undefined);
      onChanged();
    } catch (e) {
      setError(errorText(locale, e));
    }
  }
  async function remove(r: BrowseRow) {
    await (r.sender ? deleteSender : deleteRow)(db, r.sourceId, r.key);
    onChanged();
  }

  return (
    <section aria-labelledby="numbers-title">
      <h2 id="numbers-title">{t('db.title')}</h2>
      <div class="row">
        <input type="search" name="db-search" aria-label={t('db.search')} placeholder={t('db.search')} value={search} onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
        <select name="db-source" aria-label={t('db.source')} value={sourceId} onChange={(e) => setSourceId((e.target as HTMLSelectElement).value)}>
          <option value="">{t('db.allSources')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.count})
            </option>
          ))}
        </select>
        <select name="db-category" aria-label={t('db.category')} value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category | '')}>
          <option value="">{t('db.allCategories')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t('db.none')}</p>
      ) : (
        <table data-testid="numbers">
          <thead>
            <tr>
              {(['db.number', 'db.category', 'db.label', 'db.reports', 'db.note', 'db.source', 'db.actions'] as const).map((k) => (
                <th scope="col" key={k}>
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const isEditing = editing?.sourceId === r.sourceId && editing.key === r.key && !editing.sender === !r.sender;
              return (
                <tr key={`${r.sourceId}|${r.sender ? 's' : 'n'}|${r.key}`} data-key={r.key} data-sender={r.sender ? '' : undefined}>
                  <td>{r.sender ? r.key : formatKey(r.key)}</td>
                  <td>
                    {isEditing && editing ? (
                      <select aria-label={t('db.category')} value={editing.category} onChange={(e) => setEditing({ ...editing, category: (e.target as HTMLSelectElement).value as Category })}>
                        {CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {t(`category.${c}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`category.${r.category}`)
                    )}
                  </td>
                  <td>{isEditing && editing ? <input aria-label={t('db.label')} maxLength={60} value={editing.label} onInput={(e) => setEditing({ ...editing, label: (e.target as HTMLInputElement).value })} /> : r.label}</td>
                  <td>{r.reports}</td>
                  <td>{isEditing && editing ? <input aria-label={t('db.note')} maxLength={500} value={editing.note} onInput={(e) => setEditing({ ...editing, note: (e.target as HTMLInputElement).value })} /> : r.note}</td>
                  <td>{r.sourceName}</td>
                  <td>
                    {isEditing ? (
                      <>
                        <button type="button" onClick={() => void save()}>
                          {t('db.save')}
                        </button>{' '}
                        <button type="button" class="secondary" onClick={() => setEditing(undefined)}>
                          {t('db.cancelEdit')}
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" class="secondary" onClick={() => setEditing({ sourceId: r.sourceId, key: r.key, sender: r.sender, category: r.category, label: r.label ?? '', note: r.note ?? '' })}>
                          {t('db.edit')}
                        </button>{' '}
                        <button type="button" class="secondary" onClick={() => void remove(r)}>
                          {t('db.delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length === LIMIT && <p class="muted">{t('db.limited', { n: LIMIT })}</p>}
    </section>
  );
}

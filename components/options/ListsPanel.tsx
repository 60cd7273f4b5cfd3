import { Component, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../core/i18n';
import { languageTag } from '../../core/i18n';
import { CATEGORIES, type Category } from '../../core/types';
import { LIST_COLUMNS } from '../../core/lists/row';
import { toCsv } from '../../core/lists/csv-write';
import { problemText } from '../../core/problems';
import { removeSource } from '../../db/import';
import { deleteSetAsideV1Rows, setAsideV1Rows, type SetAsideRow, type ShieldDB, type SourceRow } from '../../db/schema';
import { downloadText, today } from '../../lib/download';
import { useT } from '../t';

/**
 * The imported lists, with their counts per category. A source row is read
 * defensively (a damaged one shows what it can), and each list renders inside
 * its own error boundary: whatever one row holds, the panel and the other
 * lists stay usable, and a broken list can still be removed.
 *
 * Also offers the v1 list rows the v2 migration set aside (db/schema.ts).
 */
export function ListsPanel({ locale, db, sources, onChanged }: { locale: Locale; db: ShieldDB; sources: SourceRow[]; onChanged: () => void }) {
  const t = useT(locale);
  async function remove(id: string, name: string, count: number) {
    if (!confirm(t('lists.confirmRemove', { name, n: count }))) return;
    await removeSource(db, id);
    onChanged();
  }
  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">{t('lists.title')}</h2>
      <SetAside locale={locale} db={db} />
      {sources.length === 0 && <p>{t('lists.empty')}</p>}
      <ul data-testid="lists">
        {sources.map((s, i) => {
          const id = typeof s.id === 'string' ? s.id : '';
          return (
            <ItemGuard
              key={id || i}
              fallback={
                <li data-source={id} data-testid="list-broken">
                  <span class="error">{t('lists.broken', { id: id.slice(0, 100) })}</span>{' '}
                  {id && (
                    <button type="button" class="secondary" onClick={() => void remove(id, id, safely(() => num(s.count), 0))}>
                      {t('lists.remove')}
                    </button>
                  )}
                </li>
              }
            >
              <ListItem locale={locale} source={s} onRemove={remove} />
            </ItemGuard>
          );
        })}
      </ul>
    </section>
  );
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** "Collector 12 · Scam 3", from whatever of the counts is well-formed. */
function categoryCounts(t: ReturnType<typeof useT>, categories: unknown): string {
  if (typeof categories !== 'object' || categories === null) return '';
  return CATEGORIES.map((c) => [c, num((categories as Record<string, unknown>)[c])] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${t(`category.${c as Category}`)} ${n}`)
    .join(' · ');
}

function ListItem({ locale, source: s, onRemove }: { locale: Locale; source: SourceRow; onRemove: (id: string, name: string, count: number) => void }) {
  const t = useT(locale);
  const name = typeof s.name === 'string' ? s.name : String(s.id);
  const count = num(s.count);
  const senders = num(s.senderCount);
  const updated = new Date(num(s.updatedAt));
  return (
    <li data-source={s.id}>
      <strong>{name}</strong> · <span data-testid="list-count">{t('lists.entries', { n: count })}</span> ·{' '}
      {senders > 0 && (
        <>
          <span data-testid="list-senders">{t('lists.senders', { n: senders })}</span> ·{' '}
        </>
      )}
      {t('lists.updated', { date: updated.toLocaleString(languageTag(locale)) })}
      <div class="muted" data-testid="list-categories">
        {categoryCounts(t, s.categories)}
      </div>
      <button type="button" class="secondary" onClick={() => onRemove(s.id, name, count)}>
        {t('lists.remove')}
      </button>
    </li>
  );
}

/** Renders `fallback` instead of children that threw while rendering. */
class ItemGuard extends Component<{ fallback: ComponentChildren; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(err: unknown) {
    console.warn('A list could not be shown:', err);
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The v1 list rows the migration could not keep in their list: how many, to download (import format, with the reason) or delete. */
function SetAside({ locale, db }: { locale: Locale; db: ShieldDB }) {
  const t = useT(locale);
  const [rows, setRows] = useState<SetAsideRow[]>([]);
  useEffect(() => {
    void setAsideV1Rows(db).then(setRows, () => setRows([]));
  }, [db]);
  if (!rows.length) return null;
  const download = () =>
    downloadText(
      `collector-shield-set-aside-rows-${today()}.csv`,
      toCsv(
        [...LIST_COLUMNS, 'list', 'problem'],
        rows.map(({ sourceId, row, problem }) => ({ ...row, number: row.key, list: sourceId, problem: problemText(locale, problem) })),
      ),
      'text/csv',
    );
  async function remove() {
    if (!confirm(t('lists.setAsideConfirm', { n: rows.length }))) return;
    await deleteSetAsideV1Rows(db);
    setRows([]);
  }
  return (
    <div class="error" role="status" data-testid="lists-set-aside">
      <p>{t('lists.setAside', { n: rows.length })}</p>
      <div class="row wrap">
        <button type="button" onClick={download}>
          {t('lists.setAsideDownload')}
        </button>
        <button type="button" class="secondary" onClick={() => void remove()}>
          {t('lists.setAsideDelete')}
        </button>
      </div>
    </div>
  );
}

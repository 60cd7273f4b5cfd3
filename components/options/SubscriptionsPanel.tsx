import { useEffect, useState } from 'preact/hooks';
import { languageTag } from '../../core/i18n';
import { browser } from 'wxt/browser';
import type { Locale } from '../../core/i18n';
import { ProblemError, problemText } from '../../core/problems';
import type { UpdateResult } from '../../core/messages';
import type { ShieldDB, SourceRow, SubscriptionRow } from '../../db/schema';
import { checkListUrl } from '../../db/subscriptions';
import { ask } from '../../lib/api';
import { errorText, useT } from '../t';

/**
 * Subscribe to lists by URL, update, pause, rename, unsubscribe; each with its
 * count, last update and last error. A subscription's list left without its
 * subscription (an old version could leave one when a list was removed while it
 * downloaded) is shown too, with a Remove button: it still counts in verdicts.
 */
export function SubscriptionsPanel({ locale, db, sources, version, onChanged }: { locale: Locale; db: ShieldDB; sources: SourceRow[]; version: number; onChanged: () => void }) {
  const t = useT(locale);
  const [subs, setSubs] = useState<SubscriptionRow[]>([]);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  useEffect(() => {
    void db.subscriptions.toArray().then(setSubs);
  }, [db, version]);
  const when = (ms: number) => new Date(ms).toLocaleString(languageTag(locale));

  const report = (r: UpdateResult) => {
    if (r.status === 'failed') setMessage({ ok: false, text: problemText(locale, r.problem) });
    else if (r.status === 'unchanged') setMessage({ ok: true, text: t('subs.unchanged') });
    else if (r.status === 'updated') setMessage({ ok: true, text: t('subs.updated', { n: r.count }) });
  };

  function subscribe(e: Event) {
    e.preventDefault();
    let origin: string;
    try {
      origin = `${checkListUrl(url).origin}/*`;
    } catch (err) {
      setMessage({ ok: false, text: problemText(locale, err instanceof ProblemError ? err.problem : { code: 'badUrl' }) });
      return;
    }
    // Ask for that one site now, inside the click: browsers grant it only during a user action.
    void browser.permissions.request({ origins: [origin] }).then(async (granted) => {
      if (!granted) return setMessage({ ok: false, text: problemText(locale, { code: 'permissionMissing', vars: { origin: origin.slice(0, -2) } }) });
      setBusy('add');
      try {
        const { result } = await ask({ type: 'subscription-add', url: url.trim(), name: name.trim() });
        report(result);
        setUrl('');
        setName('');
      } catch (err) {
        setMessage({ ok: false, text: errorText(locale, err) });
      } finally {
        setBusy(undefined);
        onChanged();
      }
    });
  }

  async function act(id: string, run: () => Promise<unknown>) {
    setBusy(id);
    try {
      const r = await run();
      if (r && typeof r === 'object' && 'status' in r) report(r as UpdateResult);
    } catch (err) {
      setMessage({ ok: false, text: errorText(locale, err) });
    } finally {
      setBusy(undefined);
      onChanged();
    }
  }

  const orphans = sources.filter((src) => src.kind === 'subscription' && !subs.some((sub) => sub.id === src.id));

  return (
    <section aria-labelledby="subs-title">
      <h2 id="subs-title">{t('subs.title')}</h2>
      <p class="help">{t('subs.help')}</p>
      <form class="row wrap" onSubmit={subscribe}>
        <input type="url" name="sub-url" required aria-label={t('subs.url')} placeholder={t('subs.url')} value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        <input name="sub-name" maxLength={80} aria-label={t('subs.name')} placeholder={t('subs.name')} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <button type="submit" name="subscribe" disabled={busy === 'add'}>
          {t('subs.add')}
        </button>
      </form>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="subs-message">
          {message.text}
        </p>
      )}
      {orphans.length > 0 && (
        <ul data-testid="orphan-lists">
          {orphans.map((o) => (
            <li key={o.id} data-orphan-source={o.id}>
              <strong>{o.name}</strong>
              {o.url && <div class="muted">{o.url}</div>}
              <div class="error">{t('subs.orphan', { n: o.count })}</div>
              <button type="button" class="secondary" name="orphan-remove" disabled={busy === o.id} onClick={() => void act(o.id, () => ask({ type: 'subscription-remove', id: o.id }))}>
                {t('lists.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {subs.length === 0 ? (
        orphans.length === 0 && <p>{t('subs.none')}</p>
      ) : (
        <ul data-testid="subscriptions">
          {subs.map((s) => {
            const source = sources.find((x) => x.id === s.id);
            return (
              <li key={s.id} data-subscription={s.id}>
                <strong>{s.name}</strong> {s.paused && <em>({t('subs.paused')})</em>}
                <div class="muted">{s.url}</div>
                <div>
                  <span data-testid="sub-count">{t('subs.entries', { n: source?.count ?? 0 })}</span> ·{' '}
                  {s.lastSuccessAt ? t('subs.lastSuccess', { date: when(s.lastSuccessAt) }) : t('subs.never')}
                </div>
                {s.lastError && (
                  <div class="error" data-testid="sub-error">
                    {t('subs.lastError', { date: when(s.lastError.at), error: problemText(locale, s.lastError.problem) })}
                  </div>
                )}
                <div class="row wrap">
                  <button type="button" class="secondary" name="sub-refresh" disabled={busy === s.id} onClick={() => void act(s.id, () => ask({ type: 'subscription-refresh', id: s.id }))}>
                    {t('subs.updateNow')}
                  </button>
                  <button type="button" class="secondary" name="sub-pause" onClick={() => void act(s.id, () => ask({ type: 'subscription-edit', id: s.id, paused: !s.paused }))}>
                    {s.paused ? t('subs.resume') : t('subs.pause')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    name="sub-rename"
                    onClick={() => {
                      const next = prompt(t('subs.name'), s.name);
                      if (next !== null && next.trim()) void act(s.id, () => ask({ type: 'subscription-edit', id: s.id, name: next.trim().slice(0, 80) }));
                    }}
                  >
                    {t('subs.rename')}
                  </button>
                  <button type="button" class="secondary" name="sub-remove" onClick={() => void act(s.id, () => ask({ type: 'subscription-remove', id: s.id }))}>
                    {t('subs.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { verdictLabel, type Locale } from '../core/i18n';
import { formatKey } from '../core/format';
import { isFlagged } from '../core/verdict';
import type { TabFindings } from '../core/messages';
import { ask } from '../lib/api';
import { useT } from './t';

/** Lines shown before "and N more": the popup is small, and flagged entries come first. */
const SHOWN = 30;

/** What the current tab's frames found (numbers and senders with their verdicts), as the background collected it. */
export function PageFindings({ locale, tabId, revision }: { locale: Locale; tabId: number | undefined; revision: number }) {
  const t = useT(locale);
  const [found, setFound] = useState<TabFindings>();
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const load = () => void ask({ type: 'tab-findings', tabId }).then((f) => alive && setFound(f), () => undefined);
    load();
    // The page keeps changing while the popup is open (a site enabled just now, new messages).
    const timer = setInterval(load, 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId, revision]);

  if (tabId === undefined || !found) return null;
  const flagged = found.numbers.filter((n) => isFlagged(n.verdict)).length + found.senders.filter((s) => isFlagged(s.verdict)).length;
  return (
    <section class="findings" aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title">{t('popup.found.title')}</h2>
      {!found.numbers.length && !found.senders.length ? (
        <p class="muted">{t('popup.found.none')}</p>
      ) : (
        <>
          <p class="muted" data-testid="findings-summary">
            {t('popup.found.summary', { numbers: found.numbers.length, senders: found.senders.length, flagged })}
          </p>
          {found.numbers.length > 0 && (
            <>
              <h3>{t('popup.found.numbers')}</h3>
              <ul data-testid="found-numbers">
                {found.numbers.slice(0, SHOWN).map((n) => (
                  <li key={n.key} data-key={n.key} data-verdict={n.verdict} class={isFlagged(n.verdict) ? 'flagged' : ''}>
                    <span class="num">{formatKey(n.key)}</span> <span class="verdict">{verdictLabel(locale, n.verdict)}</span>
                    {n.count > 1 && <span class="muted"> {t('popup.found.times', { n: n.count })}</span>}
                  </li>
                ))}
              </ul>
              {found.numbers.length > SHOWN && <p class="muted">{t('popup.found.more', { n: found.numbers.length - SHOWN })}</p>}
            </>
          )}
          {found.senders.length > 0 && (
            <>
              <h3>{t('popup.found.senders')}</h3>
              <ul data-testid="found-senders">
                {found.senders.slice(0, SHOWN).map((s) => (
                  <li key={s.name} data-verdict={s.verdict} class={isFlagged(s.verdict) ? 'flagged' : ''}>
                    <span class="sender">{s.name}</span> <span class="verdict">{verdictLabel(locale, s.verdict)}</span>
                  </li>
                ))}
              </ul>
              {found.senders.length > SHOWN && <p class="muted">{t('popup.found.more', { n: found.senders.length - SHOWN })}</p>}
            </>
          )}
        </>
      )}
    </section>
  );
}

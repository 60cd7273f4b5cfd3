import { useState } from 'preact/hooks';
import type { Locale } from '../core/i18n';
import { parseUserNumber } from '../core/user-input';
import type { NumberVerdict } from '../core/verdict';
import { ask } from '../lib/api';
import { VerdictCard, VERDICT_CARD_CSS } from './VerdictCard';
import { useT } from './t';

type State =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'result'; key: string; info: NumberVerdict | undefined };

/** Type or paste a number, see its verdict. */
export function LookupBox({ locale }: { locale: Locale }) {
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const t = useT(locale);

  async function submit(e: Event) {
    e.preventDefault();
    if (!value.trim()) return setState({ kind: 'error', message: t('popup.empty') });
    const key = parseUserNumber(value);
    if (!key) return setState({ kind: 'error', message: t('popup.invalid') });
    try {
      const { results } = await ask({ type: 'lookup', keys: [key] });
      setState({ kind: 'result', key, info: results[key] });
    } catch (err) {
      setState({ kind: 'error', message: t('popup.error', { error: (err as Error).message }) });
    }
  }

  return (
    <section aria-labelledby="lookup-title">
      <style>{VERDICT_CARD_CSS}</style>
      <h1 id="lookup-title">{t('popup.title')}</h1>
      <form onSubmit={submit}>
        <input
          type="text"
          inputMode="tel"
          name="number"
          aria-label={t('popup.title')}
          placeholder={t('popup.placeholder')}
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('popup.lookup')}</button>
      </form>
      <div aria-live="polite">
        {state.kind === 'error' && (
          <p class="error" role="alert" data-testid="lookup-error">
            {state.message}
          </p>
        )}
        {state.kind === 'result' && (
          <div class="result" data-testid="lookup-result">
            <VerdictCard locale={locale} numberKey={state.key} info={state.info} />
          </div>
        )}
      </div>
    </section>
  );
}

import { translate, verdictLabel, type Locale } from '../core/i18n';
import { formatKey } from '../core/format';
import type { NumberVerdict } from '../core/verdict';

export interface VerdictCardProps {
  locale: Locale;
  numberKey: string;
  info: NumberVerdict | undefined;
}

/** The verdict of one number: the body of the hover card and of the popup's lookup result. */
export function VerdictCard({ locale, numberKey, info }: VerdictCardProps) {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(locale, k, v);
  const verdict = info?.verdict ?? 'unknown';
  return (
    <div class={`verdict-card verdict-${verdict}`} data-verdict={verdict}>
      <div class="row">
        <span class="label">{t('card.number')}</span>
        <span class="number" data-testid="card-number">
          {formatKey(numberKey)}
        </span>
      </div>
      <div class="row">
        <span class="label">{t('card.verdict')}</span>
        <strong class="verdict" data-testid="card-verdict">
          {verdictLabel(locale, verdict)}
        </strong>
      </div>
      <div class="row">
        <span class="label">{t('card.source')}</span>
        <span>{t(`from.${info?.from ?? 'none'}`)}</span>
      </div>
      {info?.official && (
        <div class="row">
          {t('card.officialName', { name: info.official.name[locale] })}
        </div>
      )}
      {info && info.myReports > 0 && <div class="row">{t('card.myReports', { n: info.myReports })}</div>}
    </div>
  );
}

/** Styles for VerdictCard, injected as text into whichever root shows it. */
export const VERDICT_CARD_CSS = `
.verdict-card { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #202124; }
.verdict-card .row { display: flex; gap: 8px; margin: 2px 0; }
.verdict-card .label { color: #5f6368; min-width: 4em; }
.verdict-card .number { font-variant-numeric: tabular-nums; }
.verdict-collector .verdict, .verdict-scam .verdict, .verdict-harassment .verdict { color: #c5221f; }
.verdict-telemarketing .verdict { color: #b06000; }
.verdict-official .verdict, .verdict-trusted .verdict { color: #137333; }
`;

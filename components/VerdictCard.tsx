import { translate, verdictLabel, type Locale } from '../core/i18n';
import { formatKey } from '../core/format';
import type { NumberVerdict, SplitEntry } from '../core/verdict';
import type { DetailsResponse } from '../core/messages';
import { useT } from './t';

/** What the background adds to the verdict for the hover card; the popup shows the verdict without it. */
export type VerdictCardDetails = Pick<DetailsResponse, 'number' | 'notes' | 'lastReportAt'>;

export interface VerdictCardProps {
  locale: Locale;
  numberKey: string;
  info: NumberVerdict | undefined;
  details?: VerdictCardDetails;
}

/** List categories shown before "…". */
const MAX_SPLIT_ENTRIES = 4;

/** The verdict of one number: the body of the hover card and of the popup's lookup result. */
export function VerdictCard({ locale, numberKey, info, details }: VerdictCardProps) {
  const t = useT(locale);
  const verdict = info?.verdict ?? 'unknown';
  const number = details?.number;
  const place = [number?.region, number?.carrier].filter((s): s is string => !!s).join(' · ');
  const split = info?.split ?? [];
  const myReports = info?.myReports ?? 0;
  const lastReportAt = details?.lastReportAt ?? info?.lastReportAt;
  const notes = details?.notes ?? [];
  return (
    <div class={`verdict-card verdict-${verdict}`} data-verdict={verdict}>
      <div class="row">
        <span class="label">{t('card.number')}</span>
        <span class="number" data-testid="card-number">
          {formatKey(numberKey)}
        </span>
      </div>
      {number && (
        <div class="row">
          <span class="label">{t('card.type')}</span>
          <span data-testid="card-type" data-type={number.type}>
            {t(`numberType.${number.type}`)}
          </span>
        </div>
      )}
      {place && (
        <div class="row">
          <span class="label">{t('card.region')}</span>
          <span data-testid="card-region">{place}</span>
        </div>
      )}
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
      {(split.length > 0 || myReports > 0) && (
        <div class="row">
          <span class="label">{t('card.reports')}</span>
          <span class="lines" data-testid="card-reports">
            {split.length > 0 && <span data-testid="card-list-split">{t('card.listSplit', { split: splitText(locale, split) })}</span>}
            {myReports > 0 && (
              <span data-testid="card-my-reports">
                {lastReportAt !== undefined ? withDay(t('card.myReportsLast', { n: myReports, date: DAY }), isoDay(lastReportAt)) : t('card.myReports', { n: myReports })}
              </span>
            )}
          </span>
        </div>
      )}
      {notes.length > 0 && (
        <div class="row">
          <span class="label">{t('card.notes')}</span>
          <span class="lines" data-testid="card-notes">
            {/* The user's private notes are drawn as generated content: a page's innerText reads the
                rendered text of shadow trees, closed ones included, but never CSS-generated content. */}
            {notes.map((note, i) => (
              <span key={i} class="note" data-private={note} />
            ))}
          </span>
        </div>
      )}
    </div>
  );
}

/** `催收 12 · 骚扰（某某资产管理）3 · …`, largest first as the verdict keeps them. */
export function splitText(locale: Locale, split: readonly SplitEntry[]): string {
  const parts = split.slice(0, MAX_SPLIT_ENTRIES).map((s) => {
    const category = translate(locale, `category.${s.category}`);
    return s.label ? translate(locale, 'card.splitEntryLabel', { category, label: s.label, n: s.count }) : translate(locale, 'card.splitEntry', { category, n: s.count });
  });
  if (split.length > MAX_SPLIT_ENTRIES) parts.push('…');
  return parts.join(' · ');
}

/** Stands for the date in a translated sentence, so the date can be kept on one line. */
const DAY = '\u0000';
function withDay(sentence: string, day: string) {
  const [before, ...after] = sentence.split(DAY);
  return (
    <>
      {before}
      {after.length > 0 && <span class="day">{day}</span>}
      {after.join('')}
    </>
  );
}

/** A day as 2026-11-20, in the viewer's time zone, the same in every language. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Styles for VerdictCard, injected as text into whichever root shows it. */
export const VERDICT_CARD_CSS = `
.verdict-card { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #202124; }
.verdict-card .row { display: flex; gap: 8px; margin: 2px 0; }
.verdict-card .label { color: #5f6368; min-width: 4.5em; flex: none; }
.verdict-card .day { white-space: nowrap; }
.verdict-card .lines { display: flex; flex-direction: column; min-width: 0; }
.verdict-card .note { overflow-wrap: anywhere; color: #3c4043; }
.verdict-card .note::before { content: attr(data-private); }
.verdict-card .note + .note { margin-top: 2px; }
.verdict-card .number { font-variant-numeric: tabular-nums; }
.verdict-collector .verdict, .verdict-scam .verdict, .verdict-harassment .verdict { color: #c5221f; }
.verdict-telemarketing .verdict { color: #b06000; }
.verdict-official .verdict, .verdict-trusted .verdict { color: #137333; }
`;

import type { CardReminder } from '../core/messages';
import { translate, type Locale } from '../core/i18n';

/** Rights reminders with their citations: in the hover card and on the Know-your-rights page. */
export function RightsList({ locale, reminders }: { locale: Locale; reminders: readonly CardReminder[] }) {
  return (
    <ul class="rights" aria-label={translate(locale, 'card.rights')}>
      {reminders.map((r) => (
        <li key={r.id} data-reminder-id={r.id} class={r.channel ? 'channel' : 'rule'}>
          <span class="reminder-text">{r.text}</span>
          {r.citations.length > 0 && <span class="cite">{r.citations.map((c) => c.label).join('；')}</span>}
        </li>
      ))}
    </ul>
  );
}

export const RIGHTS_CSS = `
.rights { list-style: none; margin: 6px 0 0; padding: 0; }
.rights li { margin: 6px 0; padding-left: 10px; border-left: 3px solid #1a73e8; font: 13px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #202124; }
.rights li.channel { border-left-color: #188038; }
.rights .cite { display: block; color: #5f6368; font-size: 11px; margin-top: 2px; }
`;

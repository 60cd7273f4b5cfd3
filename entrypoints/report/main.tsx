import { render } from 'preact';
import { ReportPanel } from '../../components/ReportPanel';
import { currentLocale } from '../../lib/locale';
import { parseUserNumber } from '../../core/user-input';
import { scanText } from '../../core/detect';
import '../popup/popup.css';

/** The report window opened by the context menu: the selection becomes the number and the evidence. */
const params = new URLSearchParams(location.search);
const selection = params.get('selection') ?? '';
// A selection may be the number alone or a sentence around it.
const key = parseUserNumber(selection) ?? scanText(selection)[0]?.number;
// When the menu was clicked: a seen time, shown as a hint. The selection has no sent time, so the time field starts empty.
const seenAt = Number(params.get('at')) || undefined;

void currentLocale().then((locale) =>
  render(
    <main>
      <ReportPanel
        locale={locale}
        draft={{ key, numberText: key ? undefined : selection.slice(0, 64), evidence: { text: selection, site: params.get('site') ?? '' }, seenAt }}
        onDone={() => window.close()}
      />
    </main>,
    document.getElementById('app')!,
  ),
);

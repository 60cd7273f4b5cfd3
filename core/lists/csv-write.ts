/**
 * CSV output that is safe to open in a spreadsheet: quoted where needed, and a
 * cell that starts like a formula is prefixed with a quote mark, so text a
 * collector wrote can never run as a formula on the user's PC. "Starts like a
 * formula": = + - @ or their full-width forms ＝ ＋ － ＠, also after leading
 * spaces, tabs or invisible characters (zero-width space/joiners, word joiner,
 * BOM) that a spreadsheet may skip; or a tab, CR or LF first.
 * A canonical number (+86...) is left as it is: it is digits, not a formula.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
const CANONICAL = /^\+\d{7,15}$/;

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (FORMULA_START.test(s) && !CANONICAL.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: Iterable<Record<string, unknown>>): string {
  const out = [columns.join(',')];
  for (const row of rows) out.push(columns.map((c) => csvCell(row[c])).join(','));
  // A BOM so that Excel opens UTF-8 Chinese text correctly.
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

import { scanText } from './detect';
import type { ScanOptions } from './types';

/**
 * A number a person typed or pasted into a form, as a canonical key, or
 * undefined when it is not one. The whole input must be the number: "call
 * 95188 now" is not accepted, so a typo never silently checks another number.
 * A bare short number (95188, 12321) counts as if written after a phone cue.
 */
export function parseUserNumber(input: string, options?: ScanOptions): string | undefined {
  const text = input.trim();
  if (!text || text.length > 64) return undefined;
  const direct = scanText(text, options);
  if (direct.length === 1 && covers(text, direct[0]!.start, direct[0]!.end)) return direct[0]!.number;
  const cue = '电话 ';
  const cued = scanText(cue + text, options);
  if (cued.length === 1 && covers(text, cued[0]!.start - cue.length, cued[0]!.end - cue.length)) return cued[0]!.number;
  return undefined;
}

/** Only separators and an extension may be left outside the detected span. */
function covers(text: string, start: number, end: number): boolean {
  const rest = text.slice(0, start) + text.slice(end);
  return start >= 0 && /^[\s\-–—.,:：()（）+]*((转|轉|ext\.?|x)\s*\d{1,6})?$/i.test(rest.trim());
}

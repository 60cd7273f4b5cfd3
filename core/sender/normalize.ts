/**
 * Canonical form of an SMS/mail sender name, so 【借唄】, [借呗] and 「借 呗」 are
 * the same sender. Traditional → Simplified uses opencc-js' t2cn build (about a
 * tenth of the full dictionary set); it is still large, which is why core/detect
 * (loaded by the content script) never imports this file.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { foldSender } from './fold';

type Convert = (text: string) => string;

let toSimplified: Convert | undefined;

/**
 * Hong Kong, then Taiwan variants (the 'tw' table also covers OpenCC's standard
 * 't' forms). Character-level tables only: phrase tables ('twp') would rewrite
 * whole words (軟體 → 软件) differently depending on context, and sender names
 * must map one way.
 */
function simplified(text: string): string {
  if (!toSimplified) {
    const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    toSimplified = (t) => fromTw(fromHk(t));
  }
  return toSimplified(text);
}

export function normalizeSender(name: string): string {
  const folded = foldSender(name);
  // Pure ASCII names ("alipay") need no script conversion; skip the dictionary walk.
  return /^[\x00-\x7f]*$/.test(folded) ? folded : foldSender(simplified(folded));
}

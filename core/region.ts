/**
 * Which country a number written without its country code belongs to, from
 * the evidence at hand. The issue lists it as the site (Google Voice is a US
 * service), the conversation's own number, the message's language and the
 * user's setting. Decided order, most specific first: the conversation's own
 * number (+1 / +86), then Chinese text (a Chinese message on Google Voice still
 * writes mainland numbers as 138 0013 8000), then the site, then the setting.
 */
export type DialRegion = 'CN' | 'US';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function regionFor(evidence: { site?: DialRegion; conversation?: string; text: string; setting: DialRegion }): DialRegion {
  if (evidence.conversation?.startsWith('+1')) return 'US';
  if (evidence.conversation?.startsWith('+86')) return 'CN';
  if (HAN.test(evidence.text)) return 'CN';
  return evidence.site ?? evidence.setting;
}

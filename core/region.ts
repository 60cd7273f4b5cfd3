/**
 * Which country a number written without its country code belongs to, from
 * the evidence at hand, strongest first: the site (Google Voice is a US
 * service), the conversation's own number (+1 or +86), the text's language
 * (Chinese characters: mainland China), then the user's jurisdiction setting.
 */
export type DialRegion = 'CN' | 'US';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function regionFor(evidence: { site?: DialRegion; conversation?: string; text: string; setting: DialRegion }): DialRegion {
  if (evidence.site) return evidence.site;
  if (evidence.conversation?.startsWith('+1')) return 'US';
  if (evidence.conversation?.startsWith('+86')) return 'CN';
  if (HAN.test(evidence.text)) return 'CN';
  return evidence.setting;
}

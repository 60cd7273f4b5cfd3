/**
 * Sender names: canonical form and SMS signatures. Importing this module loads
 * OpenCC's Traditional→Simplified tables; code that must stay light can import
 * ./signatures (findSignatures with script-independent folding) and ./fold.
 */
import { normalizeSender } from './normalize';
import { findSignatures as findSignaturesWith, type Signature } from './signatures';

export { normalizeSender } from './normalize';
export { foldSender } from './fold';
export type { Signature } from './signatures';

export function findSignatures(text: string): Signature[] {
  return findSignaturesWith(text, normalizeSender);
}

/**
 * Script-independent folding of a sender name: NFKC (full-width → half-width,
 * compatibility forms), lower case, and no spaces, punctuation, symbols or
 * invisible characters. Does not touch Simplified/Traditional: that needs
 * OpenCC's dictionaries, which live in normalize.ts so this file stays tiny.
 */

/** Punctuation (incl. all brackets 【】[]()《》「」), symbols, separators, format and control characters. */
const STRIP = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]/gu;

export function foldSender(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(STRIP, '');
}

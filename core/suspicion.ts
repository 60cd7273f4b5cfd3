import { detectClaims } from './claims';
import { claimedIdentity, type IdentityClaim } from './official/platforms';

/**
 * Day-one protection: a number nobody has reported yet, in a message that
 * makes collection claims, is suspected. The triggers are the words as written,
 * so the card can quote them; it is suspicion, never a verdict of fact.
 */
export interface Trigger {
  kind: string;
  quote: string;
}

export interface Suspicion {
  triggers: Trigger[];
  /** An organisation the message claims to speak for, only when it also makes collection claims. */
  identity?: IdentityClaim;
}

export function assessMessage(text: string): Suspicion | undefined {
  const claims = detectClaims(text);
  // An insult alone is rude, not a collection claim.
  if (!claims.some((c) => c.kind !== 'insult')) return undefined;
  const seen = new Set<string>();
  const triggers = claims.filter((c) => !seen.has(c.quote) && seen.add(c.quote)).map((c) => ({ kind: c.kind, quote: c.quote }));
  const identity = claimedIdentity(text, claims.some((c) => c.kind === 'impersonation'));
  return identity ? { triggers, identity } : { triggers };
}

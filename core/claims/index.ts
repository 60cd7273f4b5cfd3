/** Claim detection: what a collector's message claims or threatens. Pure TypeScript, no browser APIs. */
export { detectClaims, claimKinds } from './detect';
export { CLAIM_KINDS, isClaimKind } from './kinds';
export type { Claim, ClaimKind } from './kinds';

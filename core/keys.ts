/**
 * Canonical number keys: E.164 for full numbers, `REGION:digits` for short,
 * service and SMS-gateway numbers. Anything else is rejected at every boundary
 * (messages, imports), so a malformed key never reaches the database.
 */
const E164 = /^\+[1-9]\d{6,14}$/;
const REGIONAL = /^[A-Z]{2}:\d{3,20}$/;

export function isCanonicalKey(value: unknown): value is string {
  return typeof value === 'string' && (E164.test(value) || REGIONAL.test(value));
}

/** The digits a person would dial, for display and copying: `CN:95188` → `95188`. */
export function dialableDigits(key: string): string {
  const colon = key.indexOf(':');
  return colon === -1 ? key : key.slice(colon + 1);
}

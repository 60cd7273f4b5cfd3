/**
 * The sighting id used before the message model: a hash of the site, the text
 * block and the local day it was VIEWED, so one message viewed on two days was
 * two sightings. A sighting is now one message, identified by its stable
 * PageMessage.id (core/message.ts messageKey), recorded once whichever day it
 * is viewed; rows recorded with this id keep it (it stays unique per number).
 * @deprecated send PageMessage.id as the sighting's messageId.
 */
export function sightingId(site: string, text: string, at: number): string {
  const d = new Date(at);
  const day = `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
  return `${fnv1a(`${site}\u0000${text}`)}-${day}`;
}

/** 32-bit FNV-1a, hex: enough to tell messages of one number apart. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

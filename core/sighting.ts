/**
 * A sighting is one message a flagged number appeared in. Its id is a hash of
 * the site, the message text and the local day: the same message re-rendered
 * (scrolling, a framework redraw) is one sighting, and a collector sending the
 * same template again tomorrow is a new one.
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

import type { ShieldDB, ReportRow, SightingRow } from './schema';

/** The evidence log seen per number: for the options timeline and the printable summary. */
export interface NumberEvidence {
  key: string;
  reports: ReportRow[];
  sightings: SightingRow[];
  /** Latest contact, reported or seen. */
  lastAt: number;
}

export async function evidenceByNumber(db: ShieldDB): Promise<NumberEvidence[]> {
  const [reports, sightings] = await Promise.all([db.reports.toArray(), db.sightings.toArray()]);
  const byKey = new Map<string, NumberEvidence>();
  const entry = (key: string) => {
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { key, reports: [], sightings: [], lastAt: 0 }));
    return e;
  };
  for (const r of reports) {
    const e = entry(r.key);
    e.reports.push(r);
    e.lastAt = Math.max(e.lastAt, r.evidence?.at ?? r.createdAt);
  }
  for (const s of sightings) {
    const e = entry(s.key);
    e.sightings.push(s);
    e.lastAt = Math.max(e.lastAt, s.at);
  }
  return [...byKey.values()].sort((a, b) => b.lastAt - a.lastAt);
}

export async function evidenceFor(db: ShieldDB, key: string): Promise<NumberEvidence> {
  const [reports, sightings] = await Promise.all([db.reports.where('key').equals(key).toArray(), db.sightings.where('key').equals(key).toArray()]);
  // A loop, not Math.max(...times): spreading a long array into arguments overflows the stack.
  let lastAt = 0;
  for (const r of reports) lastAt = Math.max(lastAt, r.evidence?.at ?? r.createdAt);
  for (const s of sightings) lastAt = Math.max(lastAt, s.at);
  return { key, reports, sightings, lastAt };
}

/** Contacts for the harassment figures: each report's contact time and each sighting. */
export function contactsOf(e: NumberEvidence) {
  return [
    ...e.reports.map((r) => ({ at: r.evidence?.at ?? r.createdAt, kind: 'unknown' as const })),
    ...e.sightings.map((s) => ({ at: s.at, kind: 'message' as const })),
  ];
}

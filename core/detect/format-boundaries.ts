/**
 * Where libphonenumber's formats put separators inside a national significant
 * number ("+86 571 2688 8888" → 3, 7), read straight from its metadata with
 * regular expressions compiled once. PhoneNumber.format() does the same work
 * but rebuilds every RegExp on every call, which made formatting the most
 * expensive step of the scanner. The selection logic mirrors
 * libphonenumber-js' chooseFormatForNumber(); tests/unit/detect/format-boundaries
 * .test.ts checks the result against formatInternational()/formatNational().
 */
import type { MetadataJson } from 'libphonenumber-js/core';
import { detectMetadata, onMetadataReset } from './metadata';

/** Minified metadata v4: a format is [pattern, template, leadingDigitsPatterns?, nationalPrefixRule?, optional?, intlTemplate?]. */
type RawFormat = [string, string, string[]?, unknown?, unknown?, string?];

interface CompiledFormat {
  leading: RegExp | null;
  whole: RegExp;
  /** For each pair of consecutive groups, whether the national / international template separates them. */
  nationalBreaks: boolean[];
  internationalBreaks: boolean[] | null;
}

interface Json {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown[]>;
  nonGeographic?: Record<string, unknown[]>;
}

const compiled = new Map<string, CompiledFormat[]>();
onMetadataReset(() => compiled.clear());
const compiledOf = new WeakMap<MetadataJson, Map<string, CompiledFormat[]>>();

function rawFormats(json: Json, country: string | undefined, callingCode: string): RawFormat[] {
  const own = country ? json.countries[country] : json.nonGeographic?.[callingCode];
  // Countries sharing a calling code (NANPA, +44, +7…) keep formats on the main one.
  const main = json.countries[json.country_calling_codes[callingCode]?.[0] ?? ''];
  // Minified metadata writes "none" as 0, so test for an array rather than nullish.
  const formats = Array.isArray(own?.[4]) ? own[4] : main?.[4];
  return Array.isArray(formats) ? (formats as RawFormat[]) : [];
}

function breaksOf(template: string, groups: number): boolean[] {
  const breaks: boolean[] = [];
  for (let g = 1; g < groups; g++) {
    const a = template.indexOf(`$${g}`);
    const b = template.indexOf(`$${g + 1}`);
    breaks.push(a >= 0 && b > a + 2);
  }
  return breaks;
}

function compile(metadata: MetadataJson | undefined, country: string | undefined, callingCode: string): CompiledFormat[] {
  let cache = compiled;
  if (metadata) {
    cache = compiledOf.get(metadata) ?? new Map();
    compiledOf.set(metadata, cache);
  }
  const key = country ?? `+${callingCode}`;
  let list = cache.get(key);
  if (list) return list;
  const json = (metadata ?? detectMetadata()) as unknown as Json;
  list = rawFormats(json, country, callingCode).map(([pattern, template, leading, , , intl]) => {
    const groups = (pattern.match(/\(/g) ?? []).length;
    const last = leading?.[leading.length - 1];
    return {
      leading: last ? new RegExp(`^(?:${last})`) : null,
      whole: new RegExp(`^(?:${pattern})$`),
      nationalBreaks: breaksOf(template, groups),
      internationalBreaks: intl === 'NA' ? null : breaksOf(intl ?? template, groups),
    };
  });
  cache.set(key, list);
  return list;
}

/**
 * Boundaries (offsets into `nsn`) of the national and the international format
 * of a number, merged. Empty when no format applies. `metadata` defaults to the
 * detector's (./metadata.ts).
 */
export function formatBoundaries(country: string | undefined, callingCode: string, nsn: string, metadata?: MetadataJson): number[] {
  for (const f of compile(metadata, country, callingCode)) {
    if (f.leading && !f.leading.test(nsn)) continue;
    const m = f.whole.exec(nsn);
    if (!m) continue;
    const out: number[] = [];
    let offset = 0;
    for (let g = 1; g < m.length - 1; g++) {
      offset += (m[g] ?? '').length;
      if (f.nationalBreaks[g - 1] || f.internationalBreaks?.[g - 1]) out.push(offset);
    }
    return out;
  }
  return [];
}

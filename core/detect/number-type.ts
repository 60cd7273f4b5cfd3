/**
 * The type of a national significant number (mobile, fixed line, toll-free…),
 * the same answer as libphonenumber-js' PhoneNumber.getType(), computed with
 * regular expressions compiled once per numbering plan. The library builds a
 * new RegExp from the metadata's pattern text for every test (matchesEntirely),
 * which made getType() the most expensive step of the scanner.
 *
 * The logic mirrors libphonenumber-js' getNumberType() (source/helpers/
 * getNumberType.js) and reads the patterns through the library's own Metadata
 * class, so the two read the same data the same way; tests/unit/detect/
 * number-type.test.ts checks they agree on the full `max` metadata.
 */
import { Metadata, type MetadataJson } from 'libphonenumber-js/core';
import { detectMetadata, onMetadataReset } from './metadata';

export type NumberType =
  | 'FIXED_LINE'
  | 'MOBILE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'PREMIUM_RATE'
  | 'TOLL_FREE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL';

const NON_FIXED_LINE_TYPES = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'] as const;

interface TypeTest {
  type: NumberType;
  lengths: number[] | undefined;
  pattern: RegExp;
}

interface Plan {
  national: RegExp;
  fixedLine: TypeTest | null;
  /** What a fixed-line match means when the plan has no separate mobile pattern. */
  mobileAbsentOrEmpty: boolean;
  mobile: TypeTest | null;
  others: TypeTest[];
}

/** The library's view of the metadata, as getNumberType() uses it (not all of it is in its typings). */
interface TypeView {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanView {
  nationalNumberPattern(): string;
  type(type: string): TypeView | undefined;
}

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function compilePlan(metadata: MetadataJson, plan: string): Plan {
  const m = new Metadata(metadata) as unknown as PlanView & { selectNumberingPlan(plan: string): void };
  m.selectNumberingPlan(plan);
  const test = (type: NumberType): TypeTest | null => {
    const t = m.type(type);
    if (!t || !t.pattern()) return null;
    const lengths = t.possibleLengths();
    return { type, lengths: lengths || undefined, pattern: whole(t.pattern()) };
  };
  const mobileView = m.type('MOBILE');
  return {
    national: whole(m.nationalNumberPattern()),
    fixedLine: test('FIXED_LINE'),
    mobileAbsentOrEmpty: !mobileView || mobileView.pattern() === '',
    mobile: test('MOBILE'),
    others: NON_FIXED_LINE_TYPES.map(test).filter((t): t is TypeTest => t !== null),
  };
}

function matches(t: TypeTest, nsn: string): boolean {
  if (t.lengths && t.lengths.indexOf(nsn.length) < 0) return false;
  return t.pattern.test(nsn);
}

/**
 * Plans by country ("CN") or, for a number read from its E.164 form, by calling
 * code ("86": the main country of the code, or a non-geographic plan).
 */
const plans = new Map<string, Plan>();
onMetadataReset(() => plans.clear());
const plansOf = new WeakMap<MetadataJson, Map<string, Plan>>();
function otherPlans(metadata: MetadataJson): Map<string, Plan> {
  let m = plansOf.get(metadata);
  if (!m) plansOf.set(metadata, (m = new Map()));
  return m;
}

/**
 * libphonenumber-js' getType() for a number whose plan is `plan` (its country,
 * else its calling code); undefined when the number is not valid there.
 * `metadata` defaults to the detector's.
 */
export function numberType(plan: string, nsn: string, metadata?: MetadataJson): NumberType | undefined {
  const cache = metadata ? otherPlans(metadata) : plans;
  let p = cache.get(plan);
  if (!p) {
    p = compilePlan(metadata ?? detectMetadata(), plan);
    cache.set(plan, p);
  }
  if (!p.national.test(nsn)) return undefined;
  if (p.fixedLine && matches(p.fixedLine, nsn)) {
    if (p.mobileAbsentOrEmpty) return 'FIXED_LINE_OR_MOBILE';
    if (p.mobile && matches(p.mobile, nsn)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const t of p.others) if (matches(t, nsn)) return t.type;
  return undefined;
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { dialableDigits } from './keys';

/** How a canonical key is shown to people: `+86 138 0013 8000`, or `95188` for service numbers. */
export function formatKey(key: string): string {
  let shown = formatted.get(key);
  if (shown === undefined) {
    shown = key.startsWith('+') ? (parsePhoneNumberFromString(key)?.formatInternational() ?? key) : dialableDigits(key);
    // A page repeats its numbers, and parsing one costs tens of microseconds; the bound keeps a huge page from growing it forever.
    if (formatted.size >= 10_000) formatted.clear();
    formatted.set(key, shown);
  }
  return shown;
}

const formatted = new Map<string, string>();

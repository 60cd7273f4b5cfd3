import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { dialableDigits } from './keys';

/** How a canonical key is shown to people: `+86 138 0013 8000`, or `95188` for service numbers. */
export function formatKey(key: string): string {
  if (!key.startsWith('+')) return dialableDigits(key);
  return parsePhoneNumberFromString(key)?.formatInternational() ?? key;
}

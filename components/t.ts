import { translate, type Locale, type MessageKey } from '../core/i18n';
import { problemText } from '../core/problems';
import { ProblemError } from '../core/problems';

/** Translator bound to a locale, for components. */
export function useT(locale: Locale) {
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
}

/** An error as the user should read it: translated when it is one of ours. */
export function errorText(locale: Locale, err: unknown): string {
  if (err instanceof ProblemError) return problemText(locale, err.problem);
  return err instanceof Error ? err.message : String(err);
}

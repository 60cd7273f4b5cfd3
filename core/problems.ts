import { translate, type Locale, type MessageKey } from './i18n';

/**
 * Errors users see (a rejected line, a broken backup) carry a code and values,
 * so the UI shows them in the user's language; `message` is the English text,
 * for logs and tests.
 */
export type ProblemCode = Extract<MessageKey, `problem.${string}`> extends `problem.${infer C}` ? C : never;

export interface Problem {
  code: ProblemCode;
  vars?: Record<string, string | number>;
}

export function problemText(locale: Locale, p: Problem): string {
  return translate(locale, `problem.${p.code}` as MessageKey, p.vars);
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problemText('en', problem));
  }
}

export const problem = (code: ProblemCode, vars?: Problem['vars']): Problem => ({ code, vars });

import { describe, expect, it } from 'vitest';
import { parseCategory, validateEntry } from '../../../core/lists/row';
import { problemText } from '../../../core/problems';

/** Names from a file are looked up in Maps: Object.prototype's own names are not categories. */
describe('category and column names that are also Object.prototype members', () => {
  const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

  it.each(inherited)('category "%s" is unknown', (name) => {
    expect(parseCategory(name)).toBeUndefined();
    const r = validateEntry({ number: '95188', category: name });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemText('en', r.problem)).toBe(`unknown category "${name}"`);
    expect(validateEntry({ sender: '借呗', category: name }).ok).toBe(false);
  });

  it('aliases still work', () => {
    expect(parseCategory(' 催债 ')).toBe('collector');
    expect(parseCategory('Debt Collector')).toBe('collector');
    expect(parseCategory('廣告')).toBe('telemarketing');
  });
});

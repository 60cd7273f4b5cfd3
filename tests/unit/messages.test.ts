import { describe, expect, it } from 'vitest';
import { parseRequest, MAX_LOOKUP_KEYS, MAX_NOTE_LENGTH } from '../../core/messages';
import { isCanonicalKey } from '../../core/keys';

describe('canonical keys', () => {
  it.each(['+8613800138000', '+14155552671', 'CN:95188', 'CN:10690123456789'])('accepts %s', (k) => {
    expect(isCanonicalKey(k)).toBe(true);
  });
  it.each(['13800138000', '+0861380013', 'cn:95188', 'CN:95', '+86 138', '', 42, null, 'CN:95188<script>'])('rejects %s', (k) => {
    expect(isCanonicalKey(k)).toBe(false);
  });
});

describe('parseRequest', () => {
  it('accepts each message type', () => {
    expect(parseRequest({ type: 'lookup', keys: ['+8613800138000', 'CN:95188'] })).toEqual({ type: 'lookup', keys: ['+8613800138000', 'CN:95188'] });
    expect(parseRequest({ type: 'report', key: 'CN:95188', category: 'scam' })).toEqual({ type: 'report', key: 'CN:95188', category: 'scam', note: '' });
    expect(parseRequest({ type: 'override', key: 'CN:95188', value: null })).toEqual({ type: 'override', key: 'CN:95188', value: null });
    expect(parseRequest({ type: 'stats' })).toEqual({ type: 'stats' });
    expect(parseRequest({ type: 'lookup-senders', names: ['【借呗】', ''] })).toEqual({ type: 'lookup-senders', names: ['【借呗】', ''] });
  });
  it.each([
    [null, 'message has no type'],
    ['lookup', 'message has no type'],
    [{ type: 'drop-tables' }, 'unknown message type: drop-tables'],
    [{ type: 'lookup', keys: 'CN:95188' }, 'lookup: keys must be an array'],
    [{ type: 'lookup', keys: ['CN:95188', '138'] }, 'keys[1]: not a canonical number key'],
    [{ type: 'lookup', keys: Array(MAX_LOOKUP_KEYS + 1).fill('CN:95188') }, `lookup: at most ${MAX_LOOKUP_KEYS} keys per message`],
    [{ type: 'report', key: 'CN:95188', category: 'bank' }, 'report: unknown category'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', note: 7 }, 'report: note must be text'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }, `report: note longer than ${MAX_NOTE_LENGTH} characters`],
    [{ type: 'override', key: 'CN:95188', value: 'maybe' }, 'override: value must be trusted, blocked, dismissed or null'],
  ])('rejects %j with a clear reason', (raw, reason) => {
    expect(() => parseRequest(raw)).toThrow(reason);
  });
});

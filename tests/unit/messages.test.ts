import { describe, expect, it } from 'vitest';
import { parseRequest, MAX_FINDINGS, MAX_LOOKUP_KEYS, MAX_NOTE_LENGTH, MAX_SENDER_NAME_LENGTH, MAX_SIGHTING_EXCERPT, MAX_SIGHTINGS } from '../../core/messages';
import { EARLIEST_TIME, FUTURE_SLACK_MS, isPlausibleTime } from '../../core/report';
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
    expect(parseRequest({ type: 'report', key: 'CN:95188', category: 'scam' })).toEqual({ type: 'report', key: 'CN:95188', category: 'scam', note: '', behaviours: [] });
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

describe('report, undo, edit and sighting messages', () => {
  const evidence = { text: '请立即联系 138 0013 8000', site: 'mail.qq.com', at: 1_767_225_600_000 };
  it('accepts a full report and keeps its details', () => {
    expect(
      parseRequest({ type: 'report', key: '+8613800138000', category: 'collector', note: 'n', claimedOrg: 'XX法务部', creditor: 'jiebei', behaviours: ['night', 'threats', 'night'], evidence }),
    ).toEqual({ type: 'report', key: '+8613800138000', category: 'collector', note: 'n', claimedOrg: 'XX法务部', creditor: 'jiebei', behaviours: ['night', 'threats'], evidence });
    expect(parseRequest({ type: 'report-delete', id: 3 })).toEqual({ type: 'report-delete', id: 3 });
    expect(parseRequest({ type: 'report-update', id: 3, category: 'scam' })).toEqual({ type: 'report-update', id: 3, category: 'scam', note: '', behaviours: [] });
    expect(parseRequest({ type: 'sightings', items: [{ key: 'CN:95188', site: 'mail.qq.com', excerpt: 'x'.repeat(5000), messageId: 'abc-2026-1-1' }] })).toEqual({
      type: 'sightings',
      items: [{ key: 'CN:95188', site: 'mail.qq.com', excerpt: 'x'.repeat(MAX_SIGHTING_EXCERPT), messageId: 'abc-2026-1-1' }],
    });
    const many = Array.from({ length: MAX_SIGHTINGS }, (_, i) => ({ key: '+8613800138000', site: 'a', excerpt: 'b', messageId: `m${i}`, extra: 'dropped' }));
    expect((parseRequest({ type: 'sightings', items: many }) as { items: object[] }).items[0]).toEqual({ key: '+8613800138000', site: 'a', excerpt: 'b', messageId: 'm0' });
  });
  it.each([
    [{ type: 'report', key: 'CN:95188', category: 'scam', claimedOrg: 'x'.repeat(101) }, 'report: claimedOrg must be text of at most 100 characters'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', creditor: 'bank' }, 'report: unknown creditor'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', behaviours: ['stalking'] }, 'report: unknown behaviour'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { text: 'x' } }, 'report: evidence must have text and site'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { ...evidence, at: '2026-01-01' } }, 'report: evidence at must be'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { ...evidence, messageId: '' } }, 'report: evidence messageId must be text'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { ...evidence, messageId: 'm'.repeat(201) } }, 'report: evidence messageId must be text'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { ...evidence, sentPrecision: 'hour' } }, 'report: evidence sentPrecision must be minute or day'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { text: 'x', site: 'a', sentPrecision: 'day' } }, 'report: evidence sentPrecision needs at'],
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { ...evidence, text: 'x'.repeat(2001) } }, 'report: evidence text longer than 2000 characters'],
    [{ type: 'report-delete', id: 0 }, 'report-delete: id must be a report id'],
    [{ type: 'report-delete', id: '3' }, 'report-delete: id must be a report id'],
    [{ type: 'report-update', id: 2, category: 'nope' }, 'report-update: unknown category'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: '' }] }, 'sightings: messageId must be text'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 'm'.repeat(201) }] }, 'sightings: messageId must be text of 1 to 200 characters'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 7 }] }, 'sightings: messageId must be text'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 'm', sentAt: 1e300 }] }, 'sightings: sentAt must be a time between 2000-01-01 and a day from now'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 'm', sentAt: '2026-11-30' }] }, 'sightings: sentAt must be'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 'm', sentAt: 1_767_225_600_000, sentPrecision: 'hour' }] }, 'sightings: sentPrecision must be minute or day'],
    [{ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 'm', sentPrecision: 'day' }] }, 'sightings: sentPrecision needs sentAt'],
    [{ type: 'sightings', items: [{ key: 'not a key', site: 'a', excerpt: 'b', messageId: 'm' }] }, 'key'],
    [{ type: 'sightings', items: [null] }, 'sightings: each item must be an object'],
    [{ type: 'sightings', items: [] }, `sightings: items must be a list of 1 to ${MAX_SIGHTINGS}`],
    [{ type: 'sightings', items: Array.from({ length: MAX_SIGHTINGS + 1 }, () => ({ key: 'CN:95188', site: 'a', excerpt: 'b', messageId: 'm' })) }, 'sightings: items must be a list'],
  ])('rejects %j', (raw, reason) => {
    expect(() => parseRequest(raw)).toThrow(reason);
  });
});

describe('the message model in messages', () => {
  const SENT = Date.UTC(2026, 10, 29, 15, 41); // 23:41 in Beijing
  it('a sighting carries its message id, its sent time and precision; never a seen time from the page', () => {
    const item = { key: 'CN:95188', site: 'mail.qq.com', excerpt: '请还款', messageId: 'mail.qq.com:h1', sentAt: SENT, sentPrecision: 'minute', seenAt: 1, at: 2 };
    expect(parseRequest({ type: 'sightings', items: [item] })).toEqual({
      type: 'sightings',
      items: [{ key: 'CN:95188', site: 'mail.qq.com', excerpt: '请还款', messageId: 'mail.qq.com:h1', sentAt: SENT, sentPrecision: 'minute' }],
    });
    // No sent time on the page: none in the item.
    const bare = (parseRequest({ type: 'sightings', items: [{ ...item, sentAt: undefined, sentPrecision: undefined }] }) as { items: object[] }).items[0];
    expect(bare).toEqual({ key: 'CN:95188', site: 'mail.qq.com', excerpt: '请还款', messageId: 'mail.qq.com:h1' });
  });
  it('a long excerpt is cut at 500 characters, never in half a surrogate pair', () => {
    const excerpt = `${'x'.repeat(MAX_SIGHTING_EXCERPT - 1)}😀tail`;
    const out = (parseRequest({ type: 'sightings', items: [{ key: 'CN:95188', site: 'a', excerpt, messageId: 'm' }] }) as { items: { excerpt: string }[] }).items[0]!;
    expect(out.excerpt).toBe('x'.repeat(MAX_SIGHTING_EXCERPT - 1));
  });
  it('details carries the hover time and, when known, the sent time', () => {
    expect(parseRequest({ type: 'details', key: 'CN:95188', text: 't', at: SENT + 3_600_000, sentAt: SENT })).toEqual({ type: 'details', key: 'CN:95188', text: 't', at: SENT + 3_600_000, sentAt: SENT });
    expect(parseRequest({ type: 'details', key: 'CN:95188', text: 't', at: SENT })).toEqual({ type: 'details', key: 'CN:95188', text: 't', at: SENT });
    expect(() => parseRequest({ type: 'details', key: 'CN:95188', text: 't', at: SENT, sentAt: 0 })).toThrow('details: sentAt must be a time between 2000-01-01 and a day from now');
  });
  it('report evidence: the time may be unknown; the message id and the precision are kept', () => {
    const evidence = { text: '请还款', site: 'mail.qq.com', messageId: 'mail.qq.com:h1', at: SENT, sentPrecision: 'day' };
    expect(parseRequest({ type: 'report', key: 'CN:95188', category: 'collector', evidence })).toMatchObject({ evidence });
    expect(parseRequest({ type: 'report', key: 'CN:95188', category: 'collector', evidence: { text: 'x', site: 'a' } })).toMatchObject({ evidence: { text: 'x', site: 'a' } });
    const noTime = parseRequest({ type: 'report', key: 'CN:95188', category: 'collector', evidence: { text: 'x', site: 'a', at: null } }) as { evidence: object };
    expect(noTime.evidence).toEqual({ text: 'x', site: 'a' });
  });
});

describe('times in messages', () => {
  const NOW = Date.UTC(2026, 10, 30, 12);
  it('isPlausibleTime: from 2000-01-01 to a day past now', () => {
    expect(isPlausibleTime(EARLIEST_TIME, NOW)).toBe(true);
    expect(isPlausibleTime(NOW + FUTURE_SLACK_MS, NOW)).toBe(true);
    for (const at of [EARLIEST_TIME - 1, NOW + FUTURE_SLACK_MS + 1, 1e300, -1, NaN, Infinity, '2026-01-01', undefined]) expect(isPlausibleTime(at, NOW)).toBe(false);
  });
  it.each([
    [{ type: 'report', key: 'CN:95188', category: 'scam', evidence: { text: 'x', site: 'a', at: 1e300 } }, 'report: evidence at must be a time between 2000-01-01 and a day from now'],
    [{ type: 'report-update', id: 1, category: 'scam', evidence: { text: 'x', site: 'a', at: 0 } }, 'report-update: evidence at must be a time between 2000-01-01 and a day from now'],
    [{ type: 'details', key: 'CN:95188', text: '', at: 1e300 }, 'details: at must be a time between 2000-01-01 and a day from now'],
  ])('refuses a time out of range: %j', (raw, reason) => {
    expect(() => parseRequest(raw)).toThrow(reason);
  });
});

describe('official comes from the directory only', () => {
  it.each([
    { type: 'report', key: 'CN:95188', category: 'official' },
    { type: 'report-update', id: 1, category: 'official' },
  ])('refuses %j', (raw) => {
    expect(() => parseRequest(raw)).toThrow(`${raw.type}: category official comes only from the official directory`);
  });
});

describe('findings, leniently', () => {
  it('cuts a long sender name, drops what does not check out, keeps the rest', () => {
    const surrogate = `${'x'.repeat(MAX_SENDER_NAME_LENGTH - 1)}😀tail`;
    expect(
      parseRequest({
        type: 'findings',
        numbers: [{ key: 'CN:95188', verdict: 'official', count: 1 }, { key: 'CN:95188', verdict: 'nope', count: 1 }, { key: 'CN:95188', verdict: 'official', count: 1.5 }, 7],
        senders: [{ name: 'y'.repeat(5000), verdict: 'scam' }, { name: surrogate, verdict: 'unknown' }, { name: 42, verdict: 'scam' }, { name: '借呗', verdict: 'collector' }],
      }),
    ).toEqual({
      type: 'findings',
      numbers: [{ key: 'CN:95188', verdict: 'official', count: 1 }],
      senders: [
        { name: 'y'.repeat(MAX_SENDER_NAME_LENGTH), verdict: 'scam' },
        { name: 'x'.repeat(MAX_SENDER_NAME_LENGTH - 1), verdict: 'unknown' },
        { name: '借呗', verdict: 'collector' },
      ],
    });
  });
  it(`keeps the first ${MAX_FINDINGS} of each`, () => {
    const numbers = Array.from({ length: MAX_FINDINGS + 5 }, () => ({ key: 'CN:95188', verdict: 'official', count: 1 }));
    expect((parseRequest({ type: 'findings', numbers, senders: [] }) as { numbers: unknown[] }).numbers).toHaveLength(MAX_FINDINGS);
  });
  it('still refuses a message that is not findings at all', () => {
    expect(() => parseRequest({ type: 'findings', numbers: 'x', senders: [] })).toThrow('findings: numbers and senders must be arrays');
  });
});

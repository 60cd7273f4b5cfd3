import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, MAX_DISABLED_SITES, normalizeHost, parseSettings } from '../../core/settings';
import { hostOfPattern, siteOf } from '../../core/site-access';
import { parseRequest } from '../../core/messages';

describe('settings: pause and switched-off sites', () => {
  it('defaults to on everywhere, and keeps only valid, distinct host names', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.paused).toBe(false);
    const s = parseSettings({ paused: 'yes', disabledSites: ['Mail.QQ.com.', 'mail.qq.com', 'a b', 42, '', '<script>', 'xn--fiqs8s.cn', '[::1]'] });
    expect(s.paused).toBe(false);
    expect(s.disabledSites).toEqual(['mail.qq.com', 'xn--fiqs8s.cn', '[::1]']);
    expect(parseSettings({ disabledSites: 'mail.qq.com' }).disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: Array.from({ length: MAX_DISABLED_SITES + 50 }, (_, i) => `h${i}.cn`) }).disabledSites.length).toBe(MAX_DISABLED_SITES);
  });

  it('activeOn: the pause beats everything, a switched-off host is off, every other host is on', () => {
    const s = parseSettings({ disabledSites: ['mail.163.com'] });
    expect(activeOn(s, 'mail.163.com')).toBe(false);
    expect(activeOn(s, 'MAIL.163.COM')).toBe(false);
    expect(activeOn(s, 'mail.126.com')).toBe(true);
    expect(activeOn({ ...s, paused: true }, 'mail.126.com')).toBe(false);
  });

  it('normalizeHost refuses what is not a host name', () => {
    expect(normalizeHost(' Example.COM ')).toBe('example.com');
    for (const bad of ['', 'a..b', '-a.com', 'a_b.com', 'http://a.com', 'a.com/x', null, 3, 'x'.repeat(254)]) expect(normalizeHost(bad), String(bad)).toBeUndefined();
  });
});

describe('siteOf: what "Enable on this site" would ask for', () => {
  it('one host, its own scheme, no port or path; known sites are recognized', () => {
    expect(siteOf('https://Mail.Example.com:8443/inbox?x=1#y')).toEqual({ host: 'mail.example.com', pattern: 'https://mail.example.com/*', known: false });
    expect(siteOf('http://localhost:5173/a')).toEqual({ host: 'localhost', pattern: 'http://localhost/*', known: false });
    expect(siteOf('https://mail.qq.com/cgi-bin/frame_html')).toEqual({ host: 'mail.qq.com', pattern: 'https://mail.qq.com/*', known: true });
    // Known sites are HTTPS ones: the same host over plain HTTP is not.
    expect(siteOf('http://mail.qq.com/')?.known).toBe(false);
  });

  it('nothing for pages an extension cannot or should not read', () => {
    for (const url of [undefined, '', 'about:blank', 'chrome://settings', 'moz-extension://x/popup.html', 'file:///tmp/a.html', 'data:text/html,1', 'view-source:https://a.com', 'not a url']) {
      expect(siteOf(url), String(url)).toBeUndefined();
    }
  });

  it('hostOfPattern accepts single-host patterns only', () => {
    expect(hostOfPattern('https://mail.example.com/*')).toBe('mail.example.com');
    for (const p of ['https://*.example.com/*', '*://example.com/*', 'https://example.com/inbox/*', 'https://example.com:8080/*', '<all_urls>', 'https://example.com/']) {
      expect(hostOfPattern(p), p).toBeUndefined();
    }
  });
});

describe('messages: findings and site access', () => {
  it('accepts well-formed findings; a broken item is dropped, not the whole report; the shape itself must hold', () => {
    const ok = { type: 'findings', numbers: [{ key: '+8613800138000', verdict: 'collector', count: 2 }], senders: [{ name: '借呗法务部', verdict: 'unknown' }] };
    expect(parseRequest(ok)).toEqual(ok);
    // One bad item (a page can make one) must not empty the popup: the rest is kept.
    for (const bad of [
      { key: '138', verdict: 'collector', count: 1 },
      { key: '+8613800138000', verdict: 'evil', count: 1 },
      { key: '+8613800138000', verdict: 'collector', count: 0 },
    ]) {
      expect(parseRequest({ ...ok, numbers: [bad, ...ok.numbers] }), JSON.stringify(bad)).toEqual(ok);
    }
    expect(parseRequest({ ...ok, senders: [{ name: '', verdict: 'unknown' }, ...ok.senders] })).toEqual(ok);
    expect(() => parseRequest({ ...ok, senders: 'x' })).toThrow(/arrays/);
    expect((parseRequest({ ...ok, numbers: Array.from({ length: 1001 }, () => ok.numbers[0]) }) as typeof ok).numbers).toHaveLength(1000);
  });

  it('site-enable and site-remove take exactly one host pattern; tab ids are integers', () => {
    expect(parseRequest({ type: 'site-enable', pattern: 'https://a.example/*', tabId: 7 })).toEqual({ type: 'site-enable', pattern: 'https://a.example/*', tabId: 7 });
    expect(parseRequest({ type: 'site-remove', pattern: 'http://localhost/*' })).toEqual({ type: 'site-remove', pattern: 'http://localhost/*' });
    for (const pattern of ['<all_urls>', 'https://*/*', '*://a.example/*', 'https://a.example/path/*', 'javascript:alert(1)', 42]) {
      expect(() => parseRequest({ type: 'site-enable', pattern }), String(pattern)).toThrow(/one site's match pattern/);
    }
    expect(() => parseRequest({ type: 'site-enable', pattern: 'https://a.example/*', tabId: -1 })).toThrow(/tabId/);
    expect(() => parseRequest({ type: 'tab-findings', tabId: 1.5 })).toThrow(/tabId/);
  });
});

import { describe, expect, it } from 'vitest';
import { exactHostsOf, KNOWN_SITE_MATCHES, SITES, siteForHost } from '../../../core/sites';
import { SITE_ADAPTERS, adapterFor, adapterOrGeneric, genericAdapter } from '../../../entrypoints/content/sites';

/** Every exact host of every site the table says has an adapter, and its adapter id: from the one table. */
const EXPECTED: Record<string, string> = Object.fromEntries(
  SITES.filter((s) => s.adapter).flatMap((s) => exactHostsOf(s).map((h) => [h, s.id] as const)),
);

describe('adapter registry', () => {
  it.each(Object.entries(EXPECTED))('%s → %s', (host, id) => {
    expect(adapterFor(host)?.id).toBe(id);
    expect(adapterOrGeneric(host).id).toBe(id);
  });

  it('matches hosts exactly, ignoring only case and a trailing dot', () => {
    expect(adapterFor('MAIL.Google.COM')?.id).toBe('gmail');
    expect(adapterFor('mail.163.com.')?.id).toBe('netease-mail');
    for (const host of [
      'google.com', 'www.google.com', 'evil-mail.google.com', 'mail.google.com.evil.example', 'gmail.com',
      'outlook.com', 'outlook.office365.com.cn', 'qq.com', 'en.mail.qq.com', 'mail.qq.com:443', '163.com', 'mail.yeah.net',
      'mail.10086.cn', 'appmail.mail.10086.cn', 'localhost', '127.0.0.1', '', ' ',
    ]) {
      expect(adapterFor(host), host).toBeUndefined();
      expect(adapterOrGeneric(host), host).toBe(genericAdapter);
    }
    expect(adapterFor(undefined as unknown as string)).toBeUndefined();
  });

  it('has one adapter per id, each host claimed once, the known hosts among them', () => {
    expect(new Set(SITE_ADAPTERS.map((a) => a.id)).size).toBe(SITE_ADAPTERS.length);
    for (const host of ['mail.google.com', 'messages.google.com', 'voice.google.com', 'outlook.live.com', 'outlook.cloud.microsoft', 'mail.qq.com', 'wx.mail.qq.com', 'mail.163.com', 'mail.126.com']) {
      expect(Object.keys(EXPECTED), host).toContain(host);
    }
    const hosts = SITE_ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(new Set(hosts)).toEqual(new Set(Object.keys(EXPECTED)));
  });

  it('derives everything from the one site table: adapters, hosts, matches', () => {
    // every site marked adapter: true has its adapter, in the table's order, with the table's hosts
    expect(SITE_ADAPTERS.map((a) => a.id)).toEqual(SITES.filter((s) => s.adapter).map((s) => s.id));
    for (const site of SITES) for (const m of site.matches) expect(KNOWN_SITE_MATCHES).toContain(m);
    expect(KNOWN_SITE_MATCHES.length).toBe(SITES.reduce((n, s) => n + s.matches.length, 0));
    // 139 Mail: a known site (the content script runs there, its mailbox host included), read in generic mode
    for (const host of ['mail.10086.cn', 'appmail.mail.10086.cn', 'html5.mail.10086.cn']) expect(siteForHost(host)?.id, host).toBe('139-mail');
    for (const host of ['mail.10086.cn.evil.example', 'evilmail.10086.cn', '10086.cn']) expect(siteForHost(host), host).toBeUndefined();
  });

  it('only claims hosts the content script is injected into', () => {
    const matched = new Set(KNOWN_SITE_MATCHES.map((m) => new URL(m.replace('*', '')).hostname));
    for (const a of SITE_ADAPTERS) for (const h of a.hosts) expect(matched.has(h), h).toBe(true);
  });

  it('says where each adapter got its structure from', () => {
    for (const a of [...SITE_ADAPTERS, genericAdapter]) expect(a.provenance.length, a.id).toBeGreaterThan(40);
    for (const a of SITE_ADAPTERS) {
      // Every adapter cites at least one repository (owner/name) and says what is inferred.
      expect(a.provenance, a.id).toMatch(/[\w.-]+\/[\w.-]+ [\w./-]+\.(js|ts|mjs|md)/);
      expect(a.provenance, a.id).toMatch(/inferred/);
    }
  });
});

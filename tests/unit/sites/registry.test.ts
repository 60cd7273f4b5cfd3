import { describe, expect, it } from 'vitest';
import { KNOWN_SITE_MATCHES } from '../../../core/sites';
import { SITE_ADAPTERS, adapterFor, adapterOrGeneric, genericAdapter } from '../../../entrypoints/content/sites';

const EXPECTED: Record<string, string> = {
  'mail.google.com': 'gmail',
  'messages.google.com': 'google-messages',
  'voice.google.com': 'google-voice',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.cloud.microsoft': 'outlook',
  'mail.qq.com': 'qq-mail',
  'wx.mail.qq.com': 'qq-mail',
  'mail.163.com': 'netease-mail',
  'mail.126.com': 'netease-mail',
};

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
      'mail.10086.cn', 'localhost', '127.0.0.1', '', ' ',
    ]) {
      expect(adapterFor(host), host).toBeUndefined();
      expect(adapterOrGeneric(host), host).toBe(genericAdapter);
    }
    expect(adapterFor(undefined as unknown as string)).toBeUndefined();
  });

  it('has one adapter per id, each host claimed once, the six sites of the brief', () => {
    expect(SITE_ADAPTERS.map((a) => a.id)).toEqual(['gmail', 'google-messages', 'google-voice', 'outlook', 'qq-mail', 'netease-mail']);
    const hosts = SITE_ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(new Set(hosts)).toEqual(new Set(Object.keys(EXPECTED)));
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

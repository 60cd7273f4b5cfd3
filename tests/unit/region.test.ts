import { describe, expect, it } from 'vitest';
import { regionFor } from '../../core/region';
import { scanText } from '../../core/detect';

describe('regionFor', () => {
  it('takes the conversation number first, then Chinese text, the site, the setting', () => {
    expect(regionFor({ site: 'US', conversation: '+8613800138000', text: 'call me', setting: 'US' })).toBe('CN');
    expect(regionFor({ site: 'US', text: '【借呗】请回电 138 0013 8000', setting: 'US' })).toBe('CN');
    expect(regionFor({ site: 'US', text: 'Call (845) 555-0142', setting: 'CN' })).toBe('US');
    expect(regionFor({ conversation: '+18455550142', text: 'call me', setting: 'CN' })).toBe('US');
    expect(regionFor({ conversation: '+8613800138000', text: 'call me', setting: 'US' })).toBe('CN');
    expect(regionFor({ text: '请回电 138 0013 8000', setting: 'US' })).toBe('CN');
    expect(regionFor({ text: 'Call us back at (845) 555-0142', setting: 'US' })).toBe('US');
    expect(regionFor({ text: 'Call us back at (845) 555-0142', setting: 'CN' })).toBe('CN');
  });

  it('with the US region, Google Voice numbers as written are found', () => {
    const texts = [
      'This is Midland Credit Management. Call (845) 555-0142 today.',
      'Final notice: call 845-555-0142 before 5 PM',
      'Reply STOP to opt out. Questions? 845.555.0142',
    ];
    for (const t of texts) {
      expect(scanText(t).map((d) => d.number), `CN: ${t}`).toEqual([]);
      expect(scanText(t, { region: regionFor({ site: 'US', text: t, setting: 'CN' }) }).map((d) => d.number), t).toEqual(['+18455550142']);
    }
  });
});

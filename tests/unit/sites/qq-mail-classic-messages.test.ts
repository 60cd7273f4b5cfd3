/**
 * Classic QQ Mail: the read page is the document of iframe#mainFrame; it yields
 * the body with the sender after "发件人：" and the time after "时 间："; the
 * quick-reply editor (a nested about:blank frame in designMode) yields nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { qqMailAdapter as qq } from '../../../entrypoints/content/sites/qq-mail';
import type { SiteMessage } from '../../../entrypoints/content/sites/types';
import { byId, loadFixture, textNode } from './fixture';

interface Expected { text: string; sender?: string; address?: string; sentText?: string; direction: string; siteId?: string }

function plain(m: SiteMessage): Expected {
  const out: Expected = { text: m.text.replace(/\s+/g, ' ').trim(), direction: m.direction };
  if (m.sender) out.sender = m.sender.name;
  if (m.sender?.address !== undefined) out.address = m.sender.address;
  if (m.sentText !== undefined) out.sentText = m.sentText;
  if (m.siteId !== undefined) out.siteId = m.siteId;
  return out;
}

const json = <T>(id: string): T => JSON.parse(byId(id).textContent!) as T;

async function loaded(frame: HTMLIFrameElement, ready: (d: Document) => boolean): Promise<Document> {
  for (let i = 0; i < 100; i++) {
    const d = frame.contentDocument;
    if (d && ready(d)) return d;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`frame #${frame.id} did not load`);
}

/** The read page in #mainFrame and its editor frame, initialised by the page's own script. */
async function readPage(): Promise<{ read: Document; editor: Document }> {
  const read = await loaded(byId('mainFrame') as HTMLIFrameElement, (d) => !!d.getElementById('mailContentContainer'));
  new Function('document', `${read.getElementById('qm-editor-init')!.textContent!}`).call(read.defaultView, read);
  const editor = (read.getElementById('QMEditorArea') as HTMLIFrameElement).contentDocument!;
  return { read, editor };
}

beforeEach(() => {
  loadFixture('qq-mail-classic');
});

describe('qq-mail classic frames UI', () => {
  it('the top document holds no mail', () => {
    expect(json<Expected[]>('expected-messages')).toEqual([]);
    expect(qq.messagesIn!(document)).toEqual([]);
  });

  it('the read page in #mainFrame yields exactly the expected mail, its body alone', async () => {
    const { read } = await readPage();
    const expected = json<Record<string, Expected[]>>('expected-frame-messages');
    const msgs = qq.messagesIn!(read);
    expect(msgs.map(plain)).toEqual(expected.mainFrame);
    expect(msgs[0]!.element).toBe(read.getElementById('mailContentContainer'));
    expect(msgs[0]!.text).not.toContain('10001@qq.com');
  });

  it('messageAt a number in the body, or the sender in the header, is that mail', async () => {
    const { read } = await readPage();
    const mail = qq.messagesIn!(read)[0]!;
    for (const n of [textNode('010-8526 3000', read.body), textNode('138 0013 8000', read.body), read.querySelector('span[t="1"] b.grn')!.firstChild!]) {
      const m = qq.messageAt!(n);
      expect(m?.element).toBe(mail.element);
      expect(plain(m!)).toEqual(plain(mail));
    }
    // The recipient row is not the sender.
    expect(qq.findSenders(read).map((s) => s.name)).toEqual(['借呗法务部']);
  });

  it('the quick-reply editor frame (designMode) yields nothing', async () => {
    const { editor } = await readPage();
    expect(json<Record<string, Expected[]>>('expected-frame-messages').QMEditorArea).toEqual([]);
    expect(editor.designMode).toBe('on');
    expect(editor.body.textContent).toContain('13800138000');
    expect(qq.messagesIn!(editor)).toEqual([]);
    expect(qq.messageAt!(textNode('13800138000', editor.body))).toBeNull();
    expect(qq.messageOf(textNode('13800138000', editor.body))).toBeNull();
  });
});

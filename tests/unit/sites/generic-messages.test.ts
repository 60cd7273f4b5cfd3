/**
 * Generic mode finds one message, not the page (issue #14): on every fixture page
 * under tests/fixtures/generic/, messagesIn(document.body) returns exactly the
 * messages the page lists in #expected-messages, and messageAt() for each
 * number on the page returns the message holding it, never a neighbour.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_TEXT, messageText } from '../../../core/message';
import { scanText } from '../../../core/detect';
import { genericAdapter, inMessageBatch, messageAt, messagesIn } from '../../../entrypoints/content/sites/generic';
import { messageTextOf } from '../../../entrypoints/content/message-text';
import type { SiteMessage } from '../../../entrypoints/content/sites/types';
import { textNode } from './fixture';

interface Expected {
  text: string;
  sentText: string | null;
  sender: { name: string; address?: string } | null;
  direction: 'incoming' | 'outgoing';
}

const DIR = resolve('tests/fixtures/generic');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

/** The region numbers without a country code are read in, from the page's language (as the extension does from the text's). */
let region = 'CN';

function load(file: string): { expected: Expected[]; comment: string } {
  const html = readFileSync(resolve(DIR, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  const lang = parsed.documentElement.lang;
  region = /-TW$/i.test(lang) ? 'TW' : /^en/i.test(lang) ? 'US' : 'CN';
  const comment = [...parsed.childNodes].find((n) => n.nodeType === Node.COMMENT_NODE)?.textContent ?? '';
  const json = parsed.getElementById('expected-messages')?.textContent;
  return { expected: JSON.parse(json ?? 'null') as Expected[], comment };
}

const plain = (m: SiteMessage) => ({
  text: m.text,
  sentText: m.sentText ?? null,
  sender: m.sender ?? null,
  direction: m.direction,
});

/** Every text node of the page showing a phone number (by the extension's own detector), outside form fields. */
function numberNodes(): { node: Text; number: string }[] {
  const out: { node: Text; number: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, textarea')) continue;
    const data = (n as Text).data;
    for (const d of scanText(data, { region })) out.push({ node: n as Text, number: data.slice(d.start, d.end) });
  }
  return out;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('generic mode: the fixture pages', () => {
  it('has at least eight pages of different shapes, each saying where it comes from and what it tests', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(8);
    for (const file of PAGES) {
      const { expected, comment } = load(file);
      expect(comment, file).toMatch(/Generic mode fixture/);
      expect(comment.length, file).toBeGreaterThan(200);
      expect(Array.isArray(expected) && expected.length > 0, file).toBe(true);
      // Served as they are on 127.0.0.1 by the end-to-end tests: no site named, nothing fetched.
      expect(document.querySelector('meta[name="shield-site"], script[src], link[rel="stylesheet"]'), file).toBeNull();
    }
  });

  it.each(PAGES)('%s: every message, in order, with its own text, sent time, sender and direction', (file) => {
    const { expected } = load(file);
    const found = messagesIn(document.body).map(plain);
    expect(found).toEqual(expected.map((e) => ({ ...e, text: messageText(e.text) })));
  });

  it.each(PAGES)('%s: each number is in the message that holds it, never in a neighbour', (file) => {
    load(file);
    const listed = messagesIn(document.body);
    const numbers = numberNodes();
    expect(numbers.length, file).toBeGreaterThan(0);
    for (const { node, number } of numbers) {
      const at = messageAt(node);
      expect(at, `${file}: ${number}`).not.toBeNull();
      expect(at!.element.contains(node), `${file}: ${number}`).toBe(true);
      const holder = listed.find((m) => m.element.contains(node));
      if (holder) {
        expect(at!.element, `${file}: ${number}`).toBe(holder.element);
        expect(at!.text).toBe(holder.text);
      } else {
        // Outside every message the page shows (a footer, a heading): its own block, holding no message.
        for (const m of listed) expect(at!.element.contains(m.element), `${file}: ${number} holds a message`).toBe(false);
      }
      // The text is the message's own, cut only when the message is longer than MAX_MESSAGE_TEXT.
      if (at!.text.length < MAX_MESSAGE_TEXT) expect(at!.text, `${file}: ${number}`).toContain(number.replace(/\s+/g, ' '));
      // The card, the suspicion check and the evidence read the same text.
      expect(messageTextOf(node)).toBe(at!.text);
      expect(genericAdapter.messageOf(node)).toBe(at!.element);
    }
  });
});

describe('generic mode: one message, not the page', () => {
  const COLLECTOR_WORDS = /逾期|法务|调解|后果自负|欠款|法院|催收/;

  it("keeps the courier's SMS apart from the collector's thread on the chat page", () => {
    load('sms-chat.html');
    const courier = messageAt(textNode('139 2871 5520'))!;
    expect(courier.text).toBe(
      '顺丰速运 【顺丰速运】您的快件SF1402938817263已由金宝花园菜鸟驿站代收，取件码8-3-2071，营业时间08:00-21:00，如有疑问请联系快递员刘师傅 139 2871 5520。 11:03',
    );
    expect(courier.text).not.toMatch(COLLECTOR_WORDS);
    expect(courier.sender).toEqual({ name: '顺丰速运' });
    // Mum's message in the list is hers alone, too.
    const mum = messageAt(textNode('135 8810 4432'))!;
    expect(mum.text).not.toMatch(COLLECTOR_WORDS);
    expect(mum.sender).toEqual({ name: '妈妈' });
    // The collector's bubble is one bubble: the user's own reply is not part of it.
    const collector = messageAt(textNode('0755-8632 1477'))!;
    expect(collector.text).toMatch(/^【信和调解中心】/);
    expect(collector.text).not.toContain('工资还没发');
    expect(collector.direction).toBe('incoming');
    // The thread's title is a heading, not a message: its number takes no bubble's text.
    const title = messageAt(document.getElementById('thread-title')!.firstChild!)!;
    expect(title.element.id).toBe('thread-title');
    expect(title.text).toBe('171 2345 6789');
    // A draft in the compose box is the user's, never a message.
    expect(messageAt(document.querySelector('textarea')!.firstChild!)).toBeNull();
  });

  it('keeps the courier, the collector and the family apart in an SMS table and an export', () => {
    load('sms-table.html');
    const courier = messageAt(textNode('0571-8691 0220'))!;
    expect(courier.element.tagName).toBe('TR');
    expect(courier.text).not.toMatch(COLLECTOR_WORDS);
    expect(messageAt(textNode('17123456789'))!.text).toContain('通讯录挨个打');
    // The header row is no message.
    expect(messagesIn(document.body).some((m) => m.text.startsWith('时间'))).toBe(false);

    load('backup-div-soup.html');
    const sister = messageAt(textNode('哥，昨晚有个陌生号码'))!;
    expect(sister.sender).toEqual({ name: '小妹' });
    expect(sister.text).not.toContain('去她单位坐坐');
  });

  it('takes the open mail, with its header lines, as one message apart from the mail list beside it', () => {
    load('mail-split.html');
    const open = messageAt(textNode('021-6087 3316'))!;
    expect(open.element.tagName).toBe('ARTICLE');
    expect(open.sender).toEqual({ name: '信和调解中心', address: 'tiaojie@xinhe-fawu.cn' });
    expect(open.text).not.toContain('家长会');
    expect(open.text).not.toContain('95555');
    const bank = messageAt(textNode('95555'))!;
    expect(bank.element.tagName).toBe('TR');
    expect(bank.text).not.toMatch(/法务部|诉讼/);
  });

  it('cuts the one long message at MAX_MESSAGE_TEXT instead of dropping or splitting it', () => {
    load('long-letter.html');
    const all = messagesIn(document.body);
    expect(all).toHaveLength(1);
    expect(all[0]!.text).toHaveLength(MAX_MESSAGE_TEXT);
    const near = textNode('0755-2391 6688');
    const at = messageAt(near)!;
    expect(at.element).toBe(all[0]!.element);
    // The number is beyond the cut: the evidence says what the first 2,000 characters say, no more.
    expect(at.text).not.toContain('0755-2391 6688');
    expect(at.sentText).toBe('2026年11月28日(星期六) 下午3:26');
    expect(messageAt(textNode('第7期'))!.element).toBe(all[0]!.element);
  });

  it("gives the news page's footer number its own paragraph, not the article", () => {
    load('news-article.html');
    const footer = messageAt(textNode('0571-8510 9999'))!;
    expect(footer.element.tagName).toBe('P');
    expect(footer.text).toBe('违法和不良信息举报电话：0571-8510 9999');
    const article = messageAt(textNode('12378'))!;
    expect(article.element.tagName).toBe('ARTICLE');
    expect(article.sentText).toBe('2026-11-29T08:15:00+08:00');
  });

  it('takes the block holding one <time> among several, whatever its tag', () => {
    load('notifications-tw.html');
    const collector = messageAt(textNode('0912-338-506'))!;
    const parcel = messageAt(textNode('0933-215-884'))!;
    expect(collector.element).not.toBe(parcel.element);
    expect(parcel.element.tagName).toBe('A');
    expect(parcel.text).not.toMatch(/催收|支付命令/);
    expect(collector.sender).toEqual({ name: '宏遠資產管理' });
  });
});

describe('generic mode: boundaries', () => {
  it('goes down, never up, from a block holding several messages', () => {
    // A forum floor with two nested replies: the floor holds several messages, so it is none.
    document.body.innerHTML = `<div class="floor" id="f1">
        <div class="floor-main" id="main"><a class="username">楼主</a><p>催收说要起诉我，电话 0571-2899 6613</p></div>
        <ul class="replies"><li class="reply" id="r1">别理他，打12378投诉</li><li class="reply" id="r2">他们不能起诉，只有平台能</li></ul>
      </div>`;
    expect(messageAt(textNode('0571-2899 6613'))!.element.tagName).toBe('P');
    expect(messageAt(textNode('12378'))!.element.id).toBe('r1');
    expect(messagesIn(document.body).map((m) => m.element.id)).toEqual(['r1', 'r2']);
  });

  it('never returns a block holding several messages, even as the last resort', () => {
    document.body.innerHTML = `<div id="list">联系 138 0013 8000<div class="m">【借呗】您已逾期</div><div class="m">【顺丰】快递到了</div><div class="m">妈妈：回家吃饭</div></div>`;
    expect(messageAt(textNode('138 0013 8000'))).toBeNull();
    expect(messagesIn(document.body)).toHaveLength(3);
  });

  it('reads outgoing only from the structure, and the sent time only from the page', () => {
    document.body.innerHTML = `<div class="chat">
      <div class="row" data-direction="outgoing"><span>我明天还</span></div>
      <div class="row" data-direction="incoming"><span>今天必须还，打 138 0013 8000</span></div>
      <div class="row"><span>好的</span></div></div>`;
    const [a, b, c] = messagesIn(document.body);
    expect([a!.direction, b!.direction, c!.direction]).toEqual(['outgoing', 'incoming', 'incoming']);
    expect(a!.sentText).toBeUndefined();
    expect(b!.sender).toBeUndefined();
  });

  it('takes no "sent" time label for an outgoing bubble, and right-aligned as outgoing only against left-aligned', () => {
    document.body.innerHTML = `<div class="inbox">
        <div class="item"><span class="sent-at">23:41</span><p>【借呗】您的借款已逾期，法务部将联系您单位，请立即致电 138 0013 8000</p></div>
        <div class="item"><span class="sent-at">23:45</span><p>【顺丰速运】快件已到驿站，取件码 8-3-2071</p></div>
        <div class="item"><span class="sent-at">23:50</span><p>妈妈：明天回来吃饭吗</p></div>
      </div>
      <div class="cards"><div class="card text-right">账单已出，应还 3,268.40 元</div><div class="card text-right">还款日 12月8日</div><div class="card text-right">客服 95555</div></div>`;
    const all = messagesIn(document.body);
    expect(all.map((m) => m.direction)).toEqual(['incoming', 'incoming', 'incoming', 'incoming', 'incoming', 'incoming']);
    expect(all[0]!.sentText).toBe('23:41');
  });

  it('reads the sender only where the markup names it', () => {
    document.body.innerHTML = `<div class="feed">
        <div class="entry"><span aria-label="From: Chase"></span><p>Your payment of $125.00 is due 12/05.</p></div>
        <div class="entry"><span itemprop="author">Summit Recovery Group</span><p>Call (845) 555-0142 today.</p></div>
        <div class="entry"><div>From: 借呗法务部 &lt;fawu@jiebei-cs.com&gt;</div><p>请立即联系 138 0013 8000</p></div>
        <div class="entry"><b>95588</b><p>【工商银行】您尾号6621卡支出46.80元</p><time>11月28日 10:15</time></div>
      </div>`;
    const all = messagesIn(document.body);
    expect(all.map((m) => m.sender ?? null)).toEqual([
      { name: 'Chase' },
      { name: 'Summit Recovery Group' },
      { name: '借呗法务部', address: 'fawu@jiebei-cs.com' },
      null,
    ]);
    expect(all[3]!.sentText).toBe('11月28日 10:15');
    expect(all.slice(0, 3).map((m) => m.sentText)).toEqual([undefined, undefined, undefined]);
  });

  it('takes no page region for a message: a site header with its clock beside a dated feed', () => {
    document.body.innerHTML = `<div class="page">
        <header class="top"><span>客服热线 95555</span> <time>2026-11-30 星期一</time></header>
        <div class="feed">
          <div class="n1"><p>【招商银行】账单已出，应还 3,268.40 元</p><time>11月27日</time></div>
          <div class="n2"><p>【借呗】您已逾期，法务部将联系您，请致电 138 0013 8000</p><time>11月28日</time></div>
        </div>
      </div>`;
    expect(messagesIn(document.body).map((m) => m.sentText)).toEqual(['11月27日', '11月28日']);
    expect(messageAt(textNode('客服热线 95555'))!.element.tagName).toBe('HEADER');
    expect(messageAt(textNode('客服热线 95555'))!.text).toBe('客服热线 95555 2026-11-30 星期一');
  });

  it('reads a time ending the header line, never one inside the text', () => {
    document.body.innerHTML = `<div class="box">
        <div class="sms"><div class="hd">95588 · 11月28日 10:15</div><div class="bd">【工商银行】您尾号6621卡快捷支付支出46.80元，余额1,203.55元。</div></div>
        <div class="sms"><div class="hd">10690571 | 2026/11/27 10:05</div><div class="bd">【度小满金融】您的借款已逾期15天，请立即还款或致电400-188-5188。</div></div>
        <div class="sms"><div class="bd">会议改到明天 10:00</div></div>
        <div class="sms"><div class="hd">妈妈</div><div class="bd">明早 7:30 的高铁，别忘了定闹钟 10:00</div></div>
      </div>`;
    expect(messagesIn(document.body).map((m) => m.sentText)).toEqual(['11月28日 10:15', '2026/11/27 10:05', undefined, undefined]);
  });

  it('takes the site id from the message element', () => {
    document.body.innerHTML = `<ul><li data-message-id="m-1">【借呗】您已逾期</li><li id="m-2">【顺丰】快递到了</li><li>妈妈：回家吃饭</li></ul>`;
    expect(messagesIn(document.body).map((m) => m.siteId)).toEqual(['m-1', 'm-2', undefined]);
  });

  it('finds the message around a root added inside it, and the messages of an added list', () => {
    load('sms-chat.html');
    const body = document.querySelector('.msg.in .msg-body')!;
    expect(messagesIn(body).map((m) => m.element)).toEqual([body.parentElement]);
    const list = document.querySelector('.message-list')!;
    expect(messagesIn(list)).toHaveLength(5);
    expect(messagesIn(document)).toHaveLength(9);
  });

  it('never throws on odd input', () => {
    expect(messagesIn(null as unknown as ParentNode)).toEqual([]);
    expect(messageAt(document)).toBeNull();
    expect(messageAt(document.createTextNode('13800138000'))).toBeNull();
    const frag = document.createDocumentFragment();
    const ul = document.createElement('ul');
    ul.innerHTML = '<li>a 13800138000</li><li>b</li>';
    frag.append(ul);
    expect(messagesIn(frag).map((m) => m.text)).toEqual(['a 13800138000', 'b']);
    // What the user is typing is never a message, even when it looks like a list.
    document.body.innerHTML = '<div contenteditable="true"><ul id="draft"><li>我已还款</li><li>请勿再打 13800138000</li></ul></div>';
    expect(messagesIn(document.getElementById('draft')!)).toEqual([]);
    expect(messagesIn(document.body)).toEqual([]);
  });
});

describe('generic mode: cost', () => {
  it('reads each element once within a batch, and the page again after it', () => {
    load('sms-chat.html');
    const node = textNode('0755-8632 1477');
    inMessageBatch(() => {
      const first = messageAt(node);
      expect(messageAt(node)).toBe(first);
      (node as Text).data = '已撤回';
      // Within one synchronous batch the page is taken as it was.
      expect(messageAt(node)).toBe(first);
    });
    expect(messageAt(node)!.text).toBe('已撤回 23:41');
  });

  it('finds the messages of a long page in bounded time', () => {
    const rows: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const dir = i % 3 === 0 ? 'out' : 'in';
      rows.push(`<div class="msg ${dir}"><div class="msg-body">第${i}条 【借呗】请联系 138 ${String(1000 + (i % 9000)).padStart(4, '0')} 8000</div><div class="msg-time">23:${String(i % 60).padStart(2, '0')}</div></div>`);
    }
    document.body.innerHTML = `<div class="app"><main><div class="message-list">${rows.join('')}</div></main></div>`;
    const nodes = [...document.querySelectorAll('.msg-body')].map((el) => el.firstChild!);
    const start = performance.now();
    const found = inMessageBatch(() => nodes.map((n) => messageAt(n)));
    const all = messagesIn(document.body);
    const ms = performance.now() - start;
    expect(found.every((m, i) => m!.element === all[i]!.element)).toBe(true);
    expect(all).toHaveLength(1500);
    // Each item is judged from its neighbours, not from the whole list. (happy-dom finds an element's
    // siblings by searching its parent's child list, so this is slower here than in a browser.)
    expect(ms).toBeLessThan(8000);
  });
});

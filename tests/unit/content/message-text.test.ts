import { beforeEach, describe, expect, it } from 'vitest';
import { inTextBatch, messageElementOf, messageTextOf } from '../../../entrypoints/content/message-text';

const textOf = (sel: string) => document.querySelector(sel)!.firstChild!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('message text', () => {
  // The message is one of the list's repeated blocks (three or more of one shape); its sender line and
  // body are separate blocks on screen, so their words stay apart.
  it('takes one message of a list, and never the whole list of messages', () => {
    const long = '逾期通知 '.repeat(500);
    document.body.innerHTML = `<main><div class="msg" id="m1"><span class="from">借呗</span><div class="bd" id="b1">您已逾期，法务部将联系13800138000</div></div>
      <div class="msg"><span class="from">妈妈</span><div class="bd">周末回家吃饭吗？</div></div>
      <div class="msg"><div class="bd">${long}</div></div></main>`;
    expect(messageElementOf(textOf('#b1'))!.id).toBe('m1');
    expect(messageTextOf(textOf('#b1'))).toBe('借呗 您已逾期，法务部将联系13800138000');
    // An article is one message, all its paragraphs included.
    document.body.innerHTML = '<article id="a"><p id="p">短</p><p id="q">您的账户已严重逾期，请于今日内联系我们处理</p></article>';
    expect(messageElementOf(textOf('#q'))!.id).toBe('a');
    expect(messageTextOf(textOf('#q'))).toBe('短 您的账户已严重逾期，请于今日内联系我们处理');
  });

  it('is at most 2,000 characters, whitespace collapsed; a site adapter may name the message element', () => {
    document.body.innerHTML = `<div id="m"><p id="p">a  b\n\nc</p></div><div id="big"><span id="s">x</span>${'y'.repeat(5000)}</div>`;
    expect(messageTextOf(textOf('#p'))).toBe('a b c');
    expect(messageTextOf(textOf('#s'), { messageOf: () => document.getElementById('big') })).toHaveLength(2000);
  });

  it("within a batch reads each element once; after it, the page's changes are read again", () => {
    document.body.innerHTML = '<div id="list"><div class="msg"><p id="a">第一条：借呗法务部通知您 13800138000</p></div><div class="msg"><p id="b">第二条：您的快递已到驿站 13912345678</p></div></div>';
    const a = textOf('#a');
    inTextBatch(() => {
      expect(messageTextOf(a)).toBe('第一条：借呗法务部通知您 13800138000');
      expect(messageTextOf(textOf('#b'))).toBe('第二条：您的快递已到驿站 13912345678');
      // Nested batches share the outer one.
      expect(inTextBatch(() => messageTextOf(a))).toBe('第一条：借呗法务部通知您 13800138000');
    });
    (a as Text).data = '这条消息已被发送者撤回，内容已经不可见了';
    expect(messageTextOf(a)).toBe('这条消息已被发送者撤回，内容已经不可见了');
    inTextBatch(() => expect(messageTextOf(a)).toBe('这条消息已被发送者撤回，内容已经不可见了'));
  });

  it("takes an adapter's own message when it has messageAt, and its element when it has only messageOf", () => {
    document.body.innerHTML = `<div id="thread"><div class="b" id="a">【借呗】您已逾期，请联系 13800138000</div><div class="b" id="c">【顺丰】快递到了，取件码 8-3-2071</div></div>`;
    const node = textOf('#a');
    const el = document.getElementById('a')!;
    const adapter = {
      messageOf: () => document.getElementById('thread'),
      messageAt: () => ({ element: el, text: '  【借呗】您已逾期，\n 请联系 13800138000 ', direction: 'incoming' as const }),
    };
    expect(messageTextOf(node, adapter)).toBe('【借呗】您已逾期， 请联系 13800138000');
    expect(messageTextOf(node, { messageOf: adapter.messageOf })).toContain('取件码');
    // Generic mode (no adapter): two same-shaped blocks are not yet a list, so the message is the block around the number.
    expect(messageTextOf(node)).toBe('【借呗】您已逾期，请联系 13800138000');
    expect(messageTextOf(document.createTextNode('13800138000'))).toBe('');
  });
});
